import Link from "next/link";
import type { QueueArticle } from "@/lib/assignments/reviewer-queue";
import { formatDate, plural } from "@/lib/format";
import styles from "./queue.module.css";

function origin(article: QueueArticle): string {
  if (article.pickedUp) return `Picked up by you on ${formatDate(article.assignedAt)}`;
  return `Assigned by ${article.assignedByName ?? "a former user"} on ${formatDate(article.assignedAt)}`;
}

/** One article of the queue: where to tag it, who gave it to the reviewer, and how far they got. */
export function QueueArticleItem({ article }: { article: QueueArticle }) {
  const tags = plural(article.tags, "tag");
  return (
    <li className={styles.item}>
      <div className={styles.text}>
        <Link href={`/tagging/${article.articleId}`} className={styles.title}>
          <bdi>{article.title}</bdi>
        </Link>
        <span className="muted small">
          {article.outletName} · {origin(article)}
        </span>
      </div>
      <span className={article.submittedAt ? styles.submitted : styles.progress}>
        {article.submittedAt ? `Submitted ${formatDate(article.submittedAt)} · ${tags}` : `${tags} so far`}
      </span>
    </li>
  );
}

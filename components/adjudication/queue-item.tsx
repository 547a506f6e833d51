import Link from "next/link";
import type { QueueArticle } from "@/lib/adjudication/queries/list-adjudication-queue";
import { describeQueueState, queueState } from "./queue-status";
import styles from "./queue.module.css";

/** One article ready for adjudication: where to open it, who reviewed it, and how far gold has got. */
export function QueueItem({ article }: { article: QueueArticle }) {
  const single = article.reviewerNames.length === 1;
  return (
    <li className={styles.item}>
      <div className={styles.text}>
        <Link href={`/adjudication/${article.articleId}`} className={styles.title}>
          <bdi>{article.title}</bdi>
        </Link>
        <span className="muted small">
          {article.outletName} · {single ? "Reviewed by" : "Reviewers:"} {article.reviewerNames.join(", ")}
          {single && " (one reviewer only: nothing to compare, gold is a check of their tags)"}
        </span>
      </div>
      <span className={styles[queueState(article)]}>{describeQueueState(article)}</span>
    </li>
  );
}

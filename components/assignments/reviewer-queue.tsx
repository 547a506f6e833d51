import Link from "next/link";
import type { QueueArticle } from "@/lib/assignments/reviewer-queue";
import { groupByEvent } from "./group-by-event";
import { QueueArticleItem } from "./queue-article-item";
import styles from "./queue.module.css";

/** The reviewer's assigned articles, one card per event, with how many they have still to submit. */
export function ReviewerQueue({ articles }: { articles: QueueArticle[] }) {
  return groupByEvent(articles).map(({ eventId, eventTitle, items }) => {
    const open = items.filter((item) => !item.submittedAt).length;
    return (
      <section key={eventId ?? "none"} className="card" aria-label={`Queue: ${eventTitle ?? "No event"}`}>
        <h2 className={styles.eventTitle}>
          {eventId ? <Link href={`/events/${eventId}`}>{eventTitle}</Link> : "Not filed under an event"}
        </h2>
        <p className="muted small">
          {open} to submit · {items.length - open} submitted
        </p>
        <ul className={styles.list}>
          {items.map((article) => (
            <QueueArticleItem key={article.articleId} article={article} />
          ))}
        </ul>
      </section>
    );
  });
}

import Link from "next/link";
import type { QueueArticle } from "@/lib/adjudication/queries/list-adjudication-queue";
import { groupByEvent } from "../assignments/group-by-event";
import { QueueItem } from "./queue-item";
import { queueState } from "./queue-status";
import styles from "./queue.module.css";

/** The articles ready for adjudication, one card per event, with how many are still to do. */
export function AdjudicationQueue({ articles }: { articles: QueueArticle[] }) {
  return groupByEvent(articles).map(({ eventId, eventTitle, items }) => {
    const count = (state: string) => items.filter((item) => queueState(item) === state).length;
    return (
      <section key={eventId ?? "none"} className="card" aria-label={`Adjudication: ${eventTitle ?? "No event"}`}>
        <h2 className={styles.eventTitle}>
          {eventId ? <Link href={`/events/${eventId}`}>{eventTitle}</Link> : "Not filed under an event"}
        </h2>
        <p className="muted small">
          {count("not-started")} not started · {count("in-progress")} in progress · {count("complete")} gold complete
        </p>
        <ul className={styles.list}>
          {items.map((article) => (
            <QueueItem key={article.articleId} article={article} />
          ))}
        </ul>
      </section>
    );
  });
}

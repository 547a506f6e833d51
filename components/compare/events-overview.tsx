import Link from "next/link";
import type { EventProgress } from "@/lib/analytics/queries/list-event-progress";
import { formatDateRange, plural } from "@/lib/format";
import styles from "./overview.module.css";

/** Each event's coverage and tagging progress, with the way into its comparison. */
export function EventsOverview({ events }: { events: EventProgress[] }) {
  return (
    <ul className={styles.list} data-testid="compare-events">
      {events.map((event) => (
        <li key={event.id} className={`card ${styles.event}`}>
          <div className={styles.title}>
            <h2>
              <Link href={`/events/${event.id}/compare`}>
                <bdi>{event.title}</bdi>
              </Link>
            </h2>
            <p className="muted small">
              {formatDateRange(event.startsOn, event.endsOn)} · {plural(event.articles, "article")} from{" "}
              {plural(event.outlets, "outlet")}
            </p>
          </div>
          <Progress event={event} />
          <p className={styles.next}>
            {event.partlySubmitted === 0 ? (
              <>
                Nothing to compare yet: <Link href={`/events/${event.id}`}>assign the articles to reviewers</Link>.
              </>
            ) : (
              <Link href={`/events/${event.id}/compare`}>Compare outlets →</Link>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}

// Three steps as counts and as a bar each: the comparison counts submitted articles, gold where adjudicated.
function Progress({ event }: { event: EventProgress }) {
  const steps = [
    { label: "assigned", value: event.assigned },
    { label: "submitted by all their reviewers", value: event.submitted },
    { label: "adjudicated into gold", value: event.adjudicated },
  ];
  return (
    <dl className={styles.progress}>
      {steps.map((step) => (
        <div key={step.label}>
          <dt>
            <span className={styles.count}>
              {step.value} of {event.articles}
            </span>{" "}
            {step.label}
          </dt>
          <dd aria-hidden="true">
            <span style={{ width: `${event.articles ? (step.value / event.articles) * 100 : 0}%` }} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

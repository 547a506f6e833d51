import type { EventSummary } from "@/lib/events/queries";
import { formatDateRange } from "@/lib/format";
import { CoverageTable } from "./coverage-table";
import { coverageSummary } from "./coverage-summary";
import styles from "./event-coverage-card.module.css";
import { EventLink } from "./event-link";

export function EventCoverageCard({ event }: { event: EventSummary }) {
  return (
    <article className="card" aria-labelledby={`event-${event.id}`}>
      <h2 id={`event-${event.id}`}>
        <EventLink event={event} />
      </h2>
      <p className="muted">
        {formatDateRange(event.startsOn, event.endsOn)} · {coverageSummary(event)}
      </p>
      {event.description && <p className={styles.description}>{event.description}</p>}
      {event.coverage.length > 0 ? (
        <CoverageTable event={event} />
      ) : (
        <p className="muted">No articles imported for this event yet.</p>
      )}
    </article>
  );
}

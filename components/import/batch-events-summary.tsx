import Link from "next/link";
import { plural } from "@/lib/format";
import type { BatchEvents } from "@/lib/import/batches/batch-events";

/** The events a file's rows name, and which of them saving will create. */
export function BatchEventsSummary({ events }: { events: BatchEvents }) {
  if (events.named.length === 0) return null;
  const creates = events.named.filter((event) => !event.existing).length;
  return (
    <section className="card" aria-labelledby="batch-events-heading" data-testid="batch-events">
      <h2 id="batch-events-heading">
        Events named in the file: {events.named.length}, of which {creates} will be created
      </h2>
      <ul>
        {events.named.map((event) => (
          <li key={event.key}>
            {event.existing ? (
              <Link href={`/events/${event.existing.id}`}>
                <bdi>{event.existing.title}</bdi>
              </Link>
            ) : (
              <bdi>{event.name}</bdi>
            )}{" "}
            <span className="muted small">
              {event.existing ? "stored event" : "new event"} · {plural(event.rows, "row")}
            </span>
          </li>
        ))}
      </ul>
      {events.withoutEvent > 0 && (
        <p className="muted">{plural(events.withoutEvent, "row")} name no event: choose theirs below.</p>
      )}
    </section>
  );
}

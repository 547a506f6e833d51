import type { EventSummary } from "@/lib/events/queries";
import { formatDateRange, plural } from "@/lib/format";

export function EventCoverageCard({ event }: { event: EventSummary }) {
  return (
    <article className="card" aria-labelledby={`event-${event.id}`}>
      <h2 id={`event-${event.id}`}>{event.title}</h2>
      <p className="muted">
        {formatDateRange(event.startsOn, event.endsOn)} · {plural(event.totalArticles, "article")} from{" "}
        {plural(event.coverage.length, "outlet")}
      </p>
      {event.description && <p>{event.description}</p>}
      {event.coverage.length > 0 ? (
        <table className="table" aria-label={`Articles per outlet for ${event.title}`}>
          <thead>
            <tr>
              <th scope="col">Outlet</th>
              <th scope="col" className="numeric">
                Articles
              </th>
              <th scope="col" className="numeric">
                Syndicated copies
              </th>
            </tr>
          </thead>
          <tbody>
            {event.coverage.map((row) => (
              <tr key={row.outletId}>
                <td>{row.outletName}</td>
                <td className="numeric">{row.articles}</td>
                <td className="numeric">{row.syndicatedCopies}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">No articles imported for this event yet.</p>
      )}
    </article>
  );
}

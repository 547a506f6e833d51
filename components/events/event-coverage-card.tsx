import type { EventSummary } from "@/lib/events/queries";
import { formatDateRange, plural } from "@/lib/format";
import { DataTable } from "../ui/data-table";

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
        <DataTable
          label={`Articles per outlet for ${event.title}`}
          columns={[
            { label: "Outlet" },
            { label: "Articles", numeric: true },
            { label: "Syndicated copies", numeric: true },
          ]}
        >
          {event.coverage.map((row) => (
            <tr key={row.outletId}>
              <td>{row.outletName}</td>
              <td className="numeric">{row.articles}</td>
              <td className="numeric">{row.syndicatedCopies}</td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <p className="muted">No articles imported for this event yet.</p>
      )}
    </article>
  );
}

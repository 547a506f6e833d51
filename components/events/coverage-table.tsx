import type { EventSummary } from "@/lib/events/queries";
import { DataTable } from "../ui/data-table";
import styles from "./coverage-table.module.css";

/** Articles per outlet in the event's counting mode, with totals that match the summary line. */
export function CoverageTable({ event }: { event: EventSummary }) {
  const once = event.counting === "once";
  return (
    <DataTable
      label={`Articles per outlet for ${event.title}`}
      columns={[
        { label: "Outlet" },
        { label: once ? "Articles counted" : "Articles", numeric: true },
        { label: once ? "Copies not counted" : "Of which syndicated copies", numeric: true },
      ]}
    >
      {event.coverage.map((row) => (
        <tr key={row.outletId}>
          <td>
            <bdi>{row.outletName}</bdi>
          </td>
          <td className="numeric">{row.articles}</td>
          <td className="numeric">{row.syndicatedCopies}</td>
        </tr>
      ))}
      <tr className={styles.total}>
        <th scope="row">Total</th>
        <td className="numeric">{event.totalArticles}</td>
        <td className="numeric">{event.totalSyndicatedCopies}</td>
      </tr>
    </DataTable>
  );
}

import type { ClassifiedRow } from "@/lib/import/batches/classify-rows";
import { countWords } from "@/lib/articles/body-text";
import { formatDate } from "@/lib/format";
import { DataTable } from "../ui/data-table";

const OUTCOME_LABELS = {
  new: "Will be created",
  duplicate: "Duplicate: skipped",
  unattributed: "Needs an outlet",
} as const;

export function PreviewRowsTable({ rows }: { rows: ClassifiedRow[] }) {
  return (
    <DataTable
      label="Rows to import"
      columns={[
        { label: "Row" },
        { label: "Outcome" },
        { label: "Outlet" },
        { label: "Title" },
        { label: "Byline" },
        { label: "Published" },
        { label: "Words", numeric: true },
      ]}
    >
      {rows.map(({ row, article, outcome, syndicatedWith }) => (
        <tr key={row} data-outcome={outcome.kind}>
          <td>{row}</td>
          <td>
            {OUTCOME_LABELS[outcome.kind]}
            {outcome.kind !== "new" && <div className="muted small">{outcome.reason}</div>}
            {syndicatedWith && (
              <div className="muted small">
                Syndicated copy ({Math.round(syndicatedWith.similarity * 100)}% similar) of “{syndicatedWith.title}” (
                {syndicatedWith.outlet})
              </div>
            )}
          </td>
          <td>
            {outcome.kind === "unattributed" ? "—" : outcome.outlet.name}
            {outcome.kind !== "unattributed" && !outcome.outlet.id && <div className="muted small">new outlet</div>}
          </td>
          <td>
            {article.title}
            {article.url && <div className="muted small">{article.url}</div>}
          </td>
          <td>{article.byline ?? "—"}</td>
          <td>{formatDate(article.publishedAt)}</td>
          <td className="numeric">{countWords(article.body)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

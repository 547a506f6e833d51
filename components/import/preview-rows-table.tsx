import type { ClassifiedRow } from "@/lib/import/batches/classify-rows";
import { countWords } from "@/lib/articles/body-text";
import { formatDate } from "@/lib/format";

const OUTCOME_LABELS = { new: "Will be created", duplicate: "Duplicate: skipped", unattributed: "Needs an outlet" } as const;

export function PreviewRowsTable({ rows }: { rows: ClassifiedRow[] }) {
  return (
    <table className="table" aria-label="Rows to import">
      <thead>
        <tr>
          <th scope="col">Row</th>
          <th scope="col">Outcome</th>
          <th scope="col">Outlet</th>
          <th scope="col">Title</th>
          <th scope="col">Byline</th>
          <th scope="col">Published</th>
          <th scope="col" className="numeric">Words</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ row, article, outcome, syndicatedWith }) => (
          <tr key={row} data-outcome={outcome.kind}>
            <td>{row}</td>
            <td>
              {OUTCOME_LABELS[outcome.kind]}
              {outcome.kind !== "new" && <div className="muted small">{outcome.reason}</div>}
              {syndicatedWith && (
                <div className="muted small">
                  Syndicated copy ({Math.round(syndicatedWith.similarity * 100)}% similar) of “{syndicatedWith.title}” ({syndicatedWith.outlet})
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
      </tbody>
    </table>
  );
}

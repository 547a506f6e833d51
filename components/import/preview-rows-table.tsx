import { countWords } from "@/lib/articles/body-text";
import { formatDate } from "@/lib/format";
import type { PreviewRow } from "@/lib/import/batches/preview-batch";
import Link from "next/link";
import styles from "./import.module.css";

const OUTCOME_LABELS = {
  new: "Will be created",
  duplicate: "Duplicate: skipped",
  unattributed: "Needs an outlet",
} as const;

/** The staged rows and what saving will do with each; fits a 1440-pixel screen, scrolls on a phone. */
export function PreviewRowsTable({ rows, showEvents }: { rows: PreviewRow[]; showEvents: boolean }) {
  return (
    <div className={styles.scroller}>
      <table
        className={`table ${styles.previewTable} ${showEvents ? styles.withEvents : ""}`}
        aria-label="Rows to import"
      >
        <colgroup>
          <col className={styles.colRow} />
          <col className={styles.colOutcome} />
          <col className={styles.colOutlet} />
          <col />
          {showEvents && <col className={styles.colEvent} />}
          <col className={styles.colByline} />
          <col className={styles.colDate} />
          <col className={styles.colWords} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Outcome</th>
            <th scope="col">Outlet</th>
            <th scope="col">Title</th>
            {showEvents && <th scope="col">Event</th>}
            <th scope="col">Byline</th>
            <th scope="col">Published</th>
            <th scope="col" className="numeric">
              Words
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <PreviewRowCells key={row.row} row={row} showEvents={showEvents} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PreviewRowCells({
  row: { row, article, outcome, syndicatedWith, identicalTo },
  showEvents,
}: {
  row: PreviewRow;
  showEvents: boolean;
}) {
  return (
    <tr data-outcome={outcome.kind}>
      <td>{row}</td>
      <td>
        {OUTCOME_LABELS[outcome.kind]}
        {outcome.kind !== "new" && <div className="muted small">{outcome.reason}</div>}
        {identicalTo && (
          <div className={`small ${styles.warning}`} data-testid="identical-text">
            Likely duplicate: the same text is stored as “<ArticleLink {...identicalTo} />” (
            <bdi>{identicalTo.outlet}</bdi>
            ). If that is this outlet, choose it.
          </div>
        )}
        {syndicatedWith && !identicalTo && (
          <div className="muted small">
            Syndicated copy ({Math.round(syndicatedWith.similarity * 100)}% similar) of “
            <ArticleLink {...syndicatedWith} />” (<bdi>{syndicatedWith.outlet}</bdi>)
          </div>
        )}
      </td>
      <td>
        {outcome.kind === "unattributed" ? "—" : <bdi>{outcome.outlet.name}</bdi>}
        {outcome.kind !== "unattributed" && !outcome.outlet.id && <div className="muted small">new outlet</div>}
      </td>
      <td>
        <bdi>{article.title}</bdi>
        {article.url && (
          <span className={`muted small ${styles.truncated}`} title={article.url}>
            {article.url}
          </span>
        )}
      </td>
      {showEvents && (
        <td>{article.event ? <bdi>{article.event}</bdi> : <span className="muted">chosen below</span>}</td>
      )}
      <td>{article.byline ? <bdi>{article.byline}</bdi> : "—"}</td>
      <td>{formatDate(article.publishedAt)}</td>
      <td className="numeric">{countWords(article.body)}</td>
    </tr>
  );
}

function ArticleLink({ articleId, title }: { articleId: string; title: string }) {
  return (
    <Link href={`/articles/${articleId}`}>
      <bdi>{title}</bdi>
    </Link>
  );
}

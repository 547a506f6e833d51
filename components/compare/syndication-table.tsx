import Link from "next/link";
import type { SyndicationCell } from "@/lib/analytics/queries/list-syndication";
import type { OutletInfo } from "./compare-view";
import styles from "./compare.module.css";

interface Props {
  cells: SyndicationCell[];
  outlets: OutletInfo[];
  /** Off in a report: its readers may have no login, so the copies are named, not linked. */
  linkArticles?: boolean;
}

/** One row per pair of outlets that share copy: whose story, who ran it again, how often, and the first copies. */
export function SyndicationTable({ cells, outlets, linkArticles = true }: Props) {
  if (cells.length === 0) return <p className={styles.note}>No outlet ran another outlet&apos;s story in view.</p>;
  const outlet = (id: string) => outlets.find((one) => one.id === id);
  const name = (id: string) => (
    <>
      <span className={styles.swatch} style={{ background: outlet(id)?.color }} /> <bdi>{outlet(id)?.name}</bdi>
    </>
  );
  return (
    <div className={styles.scroll}>
      <table className={styles.matrix} data-testid="syndication">
        <thead>
          <tr>
            <th scope="col">Original by</th>
            <th scope="col">Run again by</th>
            <th scope="col">Copies</th>
          </tr>
        </thead>
        <tbody>
          {cells.map((cell) => (
            <tr key={`${cell.originalOutletId}:${cell.copyOutletId}`}>
              <th scope="row">{name(cell.originalOutletId)}</th>
              <td>{name(cell.copyOutletId)}</td>
              <td>
                <strong>{cell.copies}</strong>
                <ul className={styles.detail}>
                  {cell.examples.map((example) => (
                    <li key={example.articleId}>
                      {linkArticles ? (
                        <Link href={`/articles/${example.articleId}`}>{example.title}</Link>
                      ) : (
                        <bdi>{example.title}</bdi>
                      )}
                    </li>
                  ))}
                  {cell.copies > cell.examples.length && <li>and {cell.copies - cell.examples.length} more</li>}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

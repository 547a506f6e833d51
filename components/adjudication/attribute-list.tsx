import type { AttributeRow } from "./attribute-rows";
import styles from "./adjudication.module.css";

/** A version's attributes; a field the versions disagree on is in bold and says so. */
export function AttributeList({ rows, differing }: { rows: AttributeRow[]; differing: ReadonlySet<string> }) {
  if (rows.length === 0) return null;
  return (
    <dl className={styles.attributes}>
      {rows.map((row) => {
        const differs = differing.has(row.field);
        return (
          <div key={row.field} className={differs ? styles.differingRow : undefined}>
            <dt>{row.label}</dt>
            <dd>
              {row.value ?? <span className="muted">not set</span>}
              {differs && <span className={styles.visuallyHidden}> (differs)</span>}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

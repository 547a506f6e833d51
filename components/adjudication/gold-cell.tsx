import { AttributeList } from "./attribute-list";
import type { AttributeRow } from "./attribute-rows";
import styles from "./adjudication.module.css";
import type { GoldTag } from "./types";

interface GoldCellProps {
  gold: { tag: GoldTag; rows: AttributeRow[] }[];
  undecided: number;
}

/** What gold has of a unit: the gold tags its versions became, or that it was left out, or not decided yet. */
export function GoldCell({ gold, undecided }: GoldCellProps) {
  const status = gold.length > 0 ? "In gold" : undecided > 0 ? "Not decided yet" : "Left out of gold";
  return (
    <section className={`${styles.version} ${styles.goldCell}`} aria-label="Gold">
      <h4>
        Gold <span className={gold.length > 0 ? styles.inGold : "muted"}>· {status}</span>
      </h4>
      {gold.map(({ tag, rows }) => (
        <div key={tag.id} className={styles.goldTag}>
          <blockquote className={styles.quote}>{tag.quotedText}</blockquote>
          <AttributeList rows={rows} differing={new Set()} />
        </div>
      ))}
    </section>
  );
}

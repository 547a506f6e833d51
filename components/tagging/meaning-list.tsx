import type { ValueMeaning } from "@/lib/annotations/attributes";
import styles from "./definitions.module.css";

/** The values an attribute takes, each with what it means. */
export function MeaningList({ title, meanings }: { title: string; meanings: Record<string, ValueMeaning> }) {
  return (
    <>
      <h4>{title}</h4>
      <dl className={styles.values}>
        {Object.entries(meanings).map(([code, meaning]) => (
          <div key={code}>
            <dt>{meaning.label}</dt>
            <dd>{meaning.definition}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

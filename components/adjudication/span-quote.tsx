import type { SpanParts } from "@/lib/adjudication/compare/span-parts";
import styles from "./adjudication.module.css";

/** A version's words, with those not every version covers marked as extra. */
export function SpanQuote({ parts }: { parts: SpanParts }) {
  return (
    <blockquote className={styles.quote}>
      {parts.before && <Extra text={parts.before} />}
      {parts.shared}
      {parts.after && <Extra text={parts.after} />}
    </blockquote>
  );
}

function Extra({ text }: { text: string }) {
  return (
    <mark className={styles.extra} title="Words not every version covers">
      <span className={styles.visuallyHidden}>extra words: </span>
      {text}
    </mark>
  );
}

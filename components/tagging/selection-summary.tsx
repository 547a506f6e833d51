import type { TextSpan } from "@/lib/annotations/text/span";
import styles from "./side-panel.module.css";

/** What a category key would tag now, so a keyboard selection can be checked before it is applied. */
export function SelectionSummary({ body, span }: { body: string; span: TextSpan | null }) {
  return (
    <p className={styles.selectionSummary} aria-live="polite" data-testid="selection-summary">
      {span ? (
        <>
          Selected: <q>{body.slice(span.start, span.end)}</q> — press a category key or click a category.
        </>
      ) : (
        <span className="muted">Select words in the text, then press a category key.</span>
      )}
    </p>
  );
}

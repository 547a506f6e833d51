import { KIND_COLOURS, KIND_LABELS, KIND_ORDER } from "./kinds";
import styles from "./side-panel.module.css";
import { keyLabel } from "./shortcut-keys";
import type { CategoryInUse } from "./types";

interface CategoryPaletteProps {
  categories: CategoryInUse[];
  keyOf: Map<string, string>;
  onApply(categoryId: string): void;
}

/**
 * The codebook's categories by kind, each with its key. The definition is the button's description: read
 * with it on focus, shown below it while it has keyboard focus, and as a tooltip on hover.
 */
export function CategoryPalette({ categories, keyOf, onApply }: CategoryPaletteProps) {
  return (
    <section aria-labelledby="palette-heading">
      <h2 id="palette-heading">Categories</h2>
      {KIND_ORDER.map((kind) => {
        const ofKind = categories.filter((category) => category.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <details key={kind} className={styles.kindGroup} open>
            <summary>
              <span className={styles.swatch} style={{ background: KIND_COLOURS[kind] }} aria-hidden />
              {KIND_LABELS[kind]} <span className="muted small">({ofKind.length})</span>
            </summary>
            <ul className={styles.palette}>
              {ofKind.map((category) => (
                <li key={category.id} className={styles.paletteItem}>
                  <button
                    type="button"
                    className={styles.category}
                    title={category.description}
                    aria-describedby={`definition-${category.id}`}
                    aria-keyshortcuts={keyOf.get(category.id)}
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => onApply(category.id)}
                  >
                    <kbd>{keyOf.has(category.id) ? keyLabel(keyOf.get(category.id)!) : "·"}</kbd>
                    {category.label}
                  </button>
                  <span id={`definition-${category.id}`} className={styles.definition}>
                    {category.description}
                  </span>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}

import { KIND_COLOURS, KIND_LABELS, KIND_ORDER } from "./kinds";
import styles from "./side-panel.module.css";
import { keyLabel } from "./shortcut-keys";
import type { CategoryInUse } from "./types";

interface CategoryPaletteProps {
  categories: CategoryInUse[];
  keyOf: Map<string, string>;
  onApply(categoryId: string): void;
}

/** The codebook's categories by kind, each with its key; the definition shows on hover and is read on focus. */
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
                <li key={category.id}>
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
                  <span id={`definition-${category.id}`} hidden>
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

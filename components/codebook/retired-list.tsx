import { KIND_NAMES } from "@/lib/codebook/kinds";
import type { CategoryKind } from "@/lib/db/generated/enums";
import type { DraftCategory } from "./draft";
import { useEditor } from "./editor-context";
import { focusAfter } from "./focus-after";
import styles from "./codebook.module.css";

/** Categories of a kind that the next version would not have, each restorable under its code. */
export function RetiredList({ kind, categories }: { kind: CategoryKind; categories: DraftCategory[] }) {
  const { dispatch, announce } = useEditor();
  if (categories.length === 0) return null;
  const retiredNow = categories.some((category) => category.lastVersion === null);
  return (
    <details className={styles.retired} open={retiredNow || undefined}>
      <summary>
        Retired {KIND_NAMES[kind].plural.toLowerCase()} ({categories.length})
      </summary>
      <ul>
        {categories.map((category) => (
          <li key={category.key}>
            <span>
              <span className={styles.name}>{category.label}</span> <code className={styles.code}>{category.code}</code>
              <span className="muted small">
                {category.lastVersion === null ? " retired in this draft" : ` last in version ${category.lastVersion}`}
              </span>
            </span>
            <button
              id={`restore-${category.key}`}
              type="button"
              className="secondary"
              onClick={() => {
                focusAfter(() => dispatch({ type: "restore", key: category.key }), `add-${kind}`);
                announce(`${category.label} restored under ${category.code}.`);
              }}
            >
              Restore<span className={styles.srOnly}> {category.label}</span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

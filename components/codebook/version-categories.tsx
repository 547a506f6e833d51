import type { CategoryAttribute } from "@/lib/codebook/category-attributes";
import { CATEGORY_KINDS, KIND_NAMES } from "@/lib/codebook/kinds";
import type { VersionCategory } from "@/lib/codebook/queries/find-codebook-version";
import { plural } from "@/lib/format";
import { builtInAttributes } from "./built-in-attributes";
import styles from "./codebook.module.css";

const TYPE_NAMES: Record<CategoryAttribute["type"], string> = {
  choice: "choice",
  text: "free text",
  flag: "yes or no",
};

function Attribute({ attribute }: { attribute: CategoryAttribute }) {
  return (
    <li>
      <span className={styles.name}>{attribute.label}</span>{" "}
      <span className="muted small">
        <code>{attribute.code}</code> · {TYPE_NAMES[attribute.type]}
      </span>
      {attribute.description && <p className={styles.definition}>{attribute.description}</p>}
      {attribute.options.length > 0 && (
        <ul className={styles.readOptions}>
          {attribute.options.map((option) => (
            <li key={option.code}>
              {option.label} <code className="muted small">{option.code}</code>
              {option.description && <span className="muted small"> — {option.description}</span>}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** A frozen version's categories by kind, with their definitions, attributes and how many tags use each. */
export function VersionCategories({ categories }: { categories: VersionCategory[] }) {
  return CATEGORY_KINDS.map((kind) => {
    const ofKind = categories.filter((category) => category.kind === kind);
    if (ofKind.length === 0) return null;
    const builtIn = builtInAttributes(kind);
    return (
      <section key={kind} className="card" aria-labelledby={`read-${kind}`}>
        <h2 id={`read-${kind}`}>
          {KIND_NAMES[kind].plural} <span className="muted small">({ofKind.length})</span>
        </h2>
        {builtIn.length > 0 && (
          <p className="muted small">Built in for every tag of this kind: {builtIn.join(", ")}.</p>
        )}
        <ol className={styles.readList}>
          {ofKind.map((category) => (
            <li key={category.code} className={styles.readItem}>
              <h3>
                {category.label} <code className={styles.code}>{category.code}</code>
              </h3>
              <p className="muted small">{plural(category.tagCount, "tag")}</p>
              <p className={styles.definition}>{category.description}</p>
              {category.attributes.length > 0 && (
                <ul className={styles.readAttributes} aria-label={`Attributes of ${category.label}`}>
                  {category.attributes.map((attribute) => (
                    <Attribute key={attribute.code} attribute={attribute} />
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </section>
    );
  });
}

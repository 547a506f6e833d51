import { KIND_NAMES } from "@/lib/codebook/kinds";
import type { CategoryKind } from "@/lib/db/generated/enums";
import { categoryStatus } from "./category-status";
import type { Draft } from "./draft";
import { AddCategory } from "./add-category";
import { CategoryRow } from "./category-row";
import { RetiredList } from "./retired-list";
import styles from "./codebook.module.css";

/** The draft's categories of one kind in order, a way to add one, and those retired. */
export function KindSection({ kind, draft }: { kind: CategoryKind; draft: Draft }) {
  const ofKind = draft.categories.filter((category) => category.kind === kind);
  const active = ofKind.filter((category) => !category.retired);
  const plural = KIND_NAMES[kind].plural;
  return (
    <section className={styles.kind} aria-labelledby={`kind-${kind}`}>
      <h3 id={`kind-${kind}`}>
        {plural} <span className="muted small">({active.length})</span>
      </h3>
      {active.length === 0 ? (
        <p className="muted small">No {plural.toLowerCase()} in the next version.</p>
      ) : (
        <ol className={styles.rows}>
          {active.map((category, index) => (
            <CategoryRow
              key={category.key}
              category={category}
              place={index + 1}
              of={active.length}
              status={categoryStatus(category, draft)}
            />
          ))}
        </ol>
      )}
      <AddCategory kind={kind} />
      <RetiredList kind={kind} categories={ofKind.filter((category) => category.retired)} />
    </section>
  );
}

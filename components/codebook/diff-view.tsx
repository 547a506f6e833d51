import type { ReactNode } from "react";
import { isEmptyDiff, type CategoryRef, type CodebookDiff } from "@/lib/codebook/diff-codebook";
import { KIND_NAMES } from "@/lib/codebook/kinds";
import styles from "./codebook.module.css";

function Category({ category }: { category: CategoryRef }) {
  return (
    <>
      <span className={styles.name}>{category.label}</span>{" "}
      <span className="muted small">
        {KIND_NAMES[category.kind].singular} · <code>{category.code}</code>
      </span>
    </>
  );
}

function Changes({ title, items }: { title: string; items: { key: string; content: ReactNode }[] }) {
  if (items.length === 0) return null;
  return (
    <section className={styles.changes} aria-label={title}>
      <h4>
        {title} <span className="muted small">({items.length})</span>
      </h4>
      <ul>
        {items.map((item) => (
          <li key={item.key}>{item.content}</li>
        ))}
      </ul>
    </section>
  );
}

function attributeSummary(change: CodebookDiff["attributesChanged"][number]): string {
  const parts = [
    change.added.length > 0 && `added ${change.added.join(", ")}`,
    change.removed.length > 0 && `removed ${change.removed.join(", ")}`,
    change.changed.length > 0 && `changed ${change.changed.join(", ")}`,
    change.reordered && "reordered",
  ];
  return parts.filter(Boolean).join("; ");
}

/** What a new version changes, grouped by the kind of change; the same view before publishing and in history. */
export function DiffView({ diff }: { diff: CodebookDiff }) {
  if (isEmptyDiff(diff)) return <p className="muted">No category changed.</p>;
  const plain = (list: CategoryRef[]) => list.map((c) => ({ key: c.code, content: <Category category={c} /> }));
  return (
    <div className={styles.diff}>
      <Changes title="Added" items={plain(diff.added)} />
      <Changes title="Restored" items={plain(diff.restored)} />
      <Changes
        title="Renamed"
        items={diff.renamed.map((c) => ({
          key: c.code,
          content: (
            <>
              {c.from} → <Category category={c} />
            </>
          ),
        }))}
      />
      <Changes
        title="Definition changed"
        items={diff.redefined.map((c) => ({
          key: c.code,
          content: (
            <details>
              <summary>
                <Category category={c} />
              </summary>
              <dl className={styles.beforeAfter}>
                <dt>Before</dt>
                <dd>{c.from}</dd>
                <dt>After</dt>
                <dd>{c.to}</dd>
              </dl>
            </details>
          ),
        }))}
      />
      <Changes
        title="Attributes changed"
        items={diff.attributesChanged.map((c) => ({
          key: c.code,
          content: (
            <>
              <Category category={c} />: {attributeSummary(c)}
            </>
          ),
        }))}
      />
      <Changes
        title="Moved"
        items={diff.reordered.map((c) => ({
          key: c.code,
          content: (
            <>
              <Category category={c} />: place {c.from} → {c.to}
            </>
          ),
        }))}
      />
      <Changes title="Retired" items={plain(diff.retired)} />
    </div>
  );
}

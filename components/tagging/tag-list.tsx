import { KIND_COLOURS } from "./kinds";
import styles from "./side-panel.module.css";
import type { WorkspaceTag } from "./types";

interface TagListProps {
  tags: WorkspaceTag[];
  selectedTagId: string | null;
  onShow(tagId: string): void;
}

/** Every visible tag in reading order; choosing one scrolls to its passage and selects it. */
export function TagList({ tags, selectedTagId, onShow }: TagListProps) {
  const inReadingOrder = [...tags].sort((a, b) => a.startOffset - b.startOffset || b.endOffset - a.endOffset);
  return (
    <section aria-labelledby="tag-list-heading">
      <h2 id="tag-list-heading">
        Tags <span className="muted small">({tags.length})</span>
      </h2>
      {tags.length === 0 && <p className="muted small">No tags yet.</p>}
      <ol className={styles.tagList}>
        {inReadingOrder.map((tag) => (
          <li key={tag.id}>
            <button
              type="button"
              className={styles.tagItem}
              aria-current={tag.id === selectedTagId || undefined}
              style={{ borderLeftColor: KIND_COLOURS[tag.kind] }}
              onClick={() => onShow(tag.id)}
            >
              <strong>{tag.label}</strong>
              <span className={styles.tagQuote}>{tag.quotedText}</span>
              {!tag.mine && <span className="muted small">another reviewer&apos;s</span>}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

import { memo, useCallback, useLayoutEffect, useRef } from "react";
import { KIND_COLOURS } from "./kinds";
import styles from "./side-panel.module.css";
import listStyles from "./tag-list.module.css";
import type { WorkspaceTag } from "./types";
import { isPending } from "./use-tag-store";

interface TagListProps {
  tags: WorkspaceTag[];
  selectedTagId: string | null;
  onShow(tagId: string): void;
}

/** Every visible tag in reading order; choosing one scrolls to its passage and selects it. */
export function TagList({ tags, selectedTagId, onShow }: TagListProps) {
  const inReadingOrder = [...tags].sort((a, b) => a.startOffset - b.startOffset || b.endOffset - a.endOffset);
  // One callback for the whole list: a new `onShow` each render would re-render hundreds of unchanged items.
  const latestOnShow = useRef(onShow);
  useLayoutEffect(() => {
    latestOnShow.current = onShow;
  });
  const show = useCallback((tagId: string) => latestOnShow.current(tagId), []);
  return (
    <section aria-labelledby="tag-list-heading">
      <h2 id="tag-list-heading">
        Tags <span className="muted small">({tags.length})</span>
      </h2>
      {tags.length === 0 && <p className="muted small">No tags yet.</p>}
      <ol className={styles.tagList}>
        {inReadingOrder.map((tag) => (
          <TagListItem key={tag.id} tag={tag} selected={tag.id === selectedTagId} onShow={show} />
        ))}
      </ol>
    </section>
  );
}

/** One tag of the list; the store keeps an unchanged tag the same object, so only changed items render again. */
const TagListItem = memo(function TagListItem({
  tag,
  selected,
  onShow,
}: {
  tag: WorkspaceTag;
  selected: boolean;
  onShow(tagId: string): void;
}) {
  return (
    <li>
      <button
        type="button"
        className={`${styles.tagItem} ${listStyles.deferred}`}
        aria-current={selected || undefined}
        style={{ borderLeftColor: KIND_COLOURS[tag.kind] }}
        onClick={() => onShow(tag.id)}
      >
        <strong>{tag.label}</strong>
        <span className={styles.tagQuote}>{tag.quotedText}</span>
        {!tag.mine && <span className="muted small">another reviewer&apos;s</span>}
        {isPending(tag) && <span className="muted small">not saved yet</span>}
      </button>
    </li>
  );
});

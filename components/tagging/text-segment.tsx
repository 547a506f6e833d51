import { stackedUnderlines } from "./kinds";
import styles from "./tagged-text.module.css";
import type { WorkspaceTag } from "./types";

export const SELECTION_MARK = "selection";

/** How a run of text looks. */
export interface SegmentLook {
  className: string | undefined;
  /** One underline per covering tag (a box-shadow list). */
  underline: string | undefined;
  /** The covering tags' labels, shown on hover. */
  title: string | undefined;
}

/** The look of a segment covered by `markIds` (tag ids and the selection mark). */
export function segmentLook(
  markIds: string[],
  tagsById: Map<string, WorkspaceTag>,
  selectedTagId: string | null,
): SegmentLook {
  const tags = markIds.flatMap((id) => tagsById.get(id) ?? []);
  const classes = [
    tags.length > 0 && styles.tagged,
    markIds.includes(SELECTION_MARK) && styles.selection,
    selectedTagId && markIds.includes(selectedTagId) && styles.selectedTag,
  ];
  return {
    className: classes.filter(Boolean).join(" ") || undefined,
    underline: stackedUnderlines(tags.map((tag) => tag.kind)),
    title: tags.map((tag) => tag.label).join(", ") || undefined,
  };
}

/**
 * A run of text with the tags covering it: one underline per tag, and their labels on hover. A plain element,
 * not a component: a long article has over a thousand, and its paragraph re-renders as a whole anyway.
 */
export function segmentSpan(start: number, text: string, { className, underline, title }: SegmentLook) {
  return (
    <span
      key={start}
      data-start={start}
      className={className}
      style={underline ? { boxShadow: underline } : undefined}
      title={title}
    >
      {text}
    </span>
  );
}

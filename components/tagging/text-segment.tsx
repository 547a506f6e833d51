import { memo } from "react";
import { stackedUnderlines } from "./kinds";
import styles from "./tagged-text.module.css";
import type { WorkspaceTag } from "./types";

export const SELECTION_MARK = "selection";

/** How a run of text looks: every prop a plain string, so a segment whose look is unchanged skips rendering. */
export interface SegmentLook {
  className: string | undefined;
  /** One underline per covering tag (a box-shadow list). */
  underline: string | undefined;
  /** The covering tags' labels, shown on hover. */
  title: string | undefined;
}

/**
 * The look of a segment covered by `markIds` (tag ids and the selection mark). Worked out by the parent for every
 * segment, because a changed tag list or selected tag is a new object for all of them but a new look for few.
 */
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

/** A run of text with the tags covering it: one underline per tag, and their labels on hover. */
export const TextSegment = memo(function TextSegment({
  start,
  text,
  className,
  underline,
  title,
}: SegmentLook & { start: number; text: string }) {
  return (
    <span
      data-start={start}
      className={className}
      style={underline ? { boxShadow: underline } : undefined}
      title={title}
    >
      {text}
    </span>
  );
});

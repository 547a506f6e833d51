import { memo } from "react";
import { stackedUnderlines } from "./kinds";
import styles from "./tagged-text.module.css";
import type { WorkspaceTag } from "./types";

export const SELECTION_MARK = "selection";

interface TextSegmentProps {
  body: string;
  start: number;
  end: number;
  /** The ids of the marks covering the segment, space-separated: a string, so unchanged segments skip rendering. */
  marks: string;
  tagsById: Map<string, WorkspaceTag>;
  selectedTagId: string | null;
}

/** A run of text with the tags covering it: one underline per tag, and their labels on hover. */
export const TextSegment = memo(function TextSegment({
  body,
  start,
  end,
  marks,
  tagsById,
  selectedTagId,
}: TextSegmentProps) {
  const markIds = marks ? marks.split(" ") : [];
  const tags = markIds.flatMap((id) => tagsById.get(id) ?? []);
  const classes = [
    tags.length > 0 && styles.tagged,
    markIds.includes(SELECTION_MARK) && styles.selection,
    selectedTagId && markIds.includes(selectedTagId) && styles.selectedTag,
  ];
  return (
    <span
      data-start={start}
      className={classes.filter(Boolean).join(" ") || undefined}
      style={tags.length > 0 ? { boxShadow: stackedUnderlines(tags.map((tag) => tag.kind)) } : undefined}
      title={tags.map((tag) => tag.label).join(", ") || undefined}
    >
      {body.slice(start, end)}
    </span>
  );
});

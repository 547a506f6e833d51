import type { Segment } from "./segments";
import { stackedUnderlines } from "./kinds";
import styles from "./tagged-text.module.css";
import type { WorkspaceTag } from "./types";

export const SELECTION_MARK = "selection";

interface TextSegmentProps {
  body: string;
  segment: Segment;
  tagsById: Map<string, WorkspaceTag>;
  selectedTagId: string | null;
}

/** A run of text with the tags covering it: one underline per tag, and their labels on hover. */
export function TextSegment({ body, segment, tagsById, selectedTagId }: TextSegmentProps) {
  const tags = segment.markIds.flatMap((id) => tagsById.get(id) ?? []);
  const classes = [
    tags.length > 0 && styles.tagged,
    segment.markIds.includes(SELECTION_MARK) && styles.selection,
    selectedTagId && segment.markIds.includes(selectedTagId) && styles.selectedTag,
  ];
  return (
    <span
      data-start={segment.start}
      className={classes.filter(Boolean).join(" ") || undefined}
      style={tags.length > 0 ? { boxShadow: stackedUnderlines(tags.map((tag) => tag.kind)) } : undefined}
      title={tags.map((tag) => tag.label).join(", ") || undefined}
    >
      {body.slice(segment.start, segment.end)}
    </span>
  );
}

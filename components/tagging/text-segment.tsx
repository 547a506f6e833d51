import { KIND_COLOURS, stackedUnderlines } from "./kinds";
import type { SuggestionMark } from "./suggestions/types";
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
  /** The colour of a covering suggestion's dashed line. */
  suggestionColour?: string;
}

/** The suggestions of a paragraph by mark id, and which one is current (it is drawn stronger). */
export interface SuggestionMarks {
  byId: Map<string, SuggestionMark>;
  currentId: string | null;
}

/** The look of a segment covered by `markIds` (tag ids and the selection mark). */
export function segmentLook(
  markIds: string[],
  tagsById: Map<string, WorkspaceTag>,
  selectedTagId: string | null,
  suggestions?: SuggestionMarks,
): SegmentLook {
  const tags = markIds.flatMap((id) => tagsById.get(id) ?? []);
  const suggested = markIds.flatMap((id) => suggestions?.byId.get(id) ?? []);
  const classes = [
    tags.length > 0 && styles.tagged,
    suggested.length > 0 && styles.suggested,
    suggestions?.currentId && markIds.includes(suggestions.currentId) && styles.currentSuggestion,
    markIds.includes(SELECTION_MARK) && styles.selection,
    selectedTagId && markIds.includes(selectedTagId) && styles.selectedTag,
  ];
  // Hover names the tags; a suggestion only where no tag covers the text, so a tag's label reads the same.
  const labels =
    tags.length > 0 ? tags.map((tag) => tag.label) : suggested.map((mark) => `Suggested: ${mark.tag.label}`);
  return {
    className: classes.filter(Boolean).join(" ") || undefined,
    underline: stackedUnderlines(tags.map((tag) => tag.kind)),
    title: labels.join(", ") || undefined,
    suggestionColour: suggested[0] && KIND_COLOURS[suggested[0].tag.kind],
  };
}

/**
 * A run of text with the tags covering it: one underline per tag, and their labels on hover. A plain element,
 * not a component: a long article has over a thousand, and its paragraph re-renders as a whole anyway.
 */
export function segmentSpan(start: number, text: string, look: SegmentLook) {
  const { className, underline, title, suggestionColour } = look;
  const style =
    underline || suggestionColour ? { boxShadow: underline, textDecorationColor: suggestionColour } : undefined;
  return (
    <span key={start} data-start={start} className={className} style={style} title={title}>
      {text}
    </span>
  );
}

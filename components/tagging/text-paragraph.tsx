import { memo } from "react";
import type { TextSpan } from "@/lib/annotations/text/span";
import { segmentParagraphs, type Mark } from "./segments";
import styles from "./tagged-text.module.css";
import type { SuggestionMark } from "./suggestions/types";
import { SELECTION_MARK, segmentLook, segmentSpan } from "./text-segment";
import type { WorkspaceTag } from "./types";

interface TextParagraphProps {
  body: string;
  paragraph: TextSpan;
  /** The tags that overlap this paragraph. */
  tags: WorkspaceTag[];
  /** The words a category key would tag, when they touch this paragraph. */
  selection: TextSpan | null;
  /** The caret's offset, when it lies in this paragraph. */
  caret: number | null;
  /** The picked tag, when it is one of this paragraph's. */
  selectedTagId: string | null;
  /** The suggestions shown that overlap this paragraph, drawn apart from tags. */
  suggestions: SuggestionMark[];
  /** The current suggestion, when it is one of this paragraph's. */
  currentSuggestionKey: string | null;
}

const suggestionMarkId = (key: string) => `suggestion ${key}`;

const CARET_MARK = "caret";

/**
 * One paragraph of the body, cut into segments at every boundary of its tags, of the selection and of the caret
 * (so what is highlighted is exactly what a key would tag). Rendered again only when one of these changes here:
 * a new tag or a moved caret re-renders a paragraph or two, not the whole article.
 */
export const TextParagraph = memo(function TextParagraph(props: TextParagraphProps) {
  const { body, paragraph, tags, selection, caret, selectedTagId, currentSuggestionKey } = props;
  const tagsById = new Map(tags.map((tag) => [tag.id, tag]));
  const marks: Mark[] = tags.map((tag) => ({ id: tag.id, start: tag.startOffset, end: tag.endOffset }));
  const suggestions = {
    byId: new Map(props.suggestions.map((mark) => [suggestionMarkId(mark.key), mark])),
    currentId: currentSuggestionKey && suggestionMarkId(currentSuggestionKey),
  };
  for (const [id, mark] of suggestions.byId) marks.push({ id, start: mark.start, end: mark.end });
  if (selection) marks.push({ id: SELECTION_MARK, ...selection });
  if (caret !== null) marks.push({ id: CARET_MARK, start: caret, end: caret });
  const [{ segments }] = segmentParagraphs([paragraph], marks);
  // One flat list of spans, the caret an element of its own before its segment: no wrapper per segment.
  const caretMark = <span key="caret" className={styles.caret} aria-hidden />;
  return (
    <p dir="auto">
      {segments.flatMap((segment) => {
        const span = segmentSpan(
          segment.start,
          body.slice(segment.start, segment.end),
          segmentLook(segment.markIds, tagsById, selectedTagId, suggestions),
        );
        return caret === segment.start ? [caretMark, span] : [span];
      })}
      {caret === paragraph.end && caretMark}
    </p>
  );
}, sameParagraph);

/** The store keeps an unchanged tag the same object, so equal tag lists are the same objects in the same order. */
function sameParagraph(before: TextParagraphProps, after: TextParagraphProps): boolean {
  return (
    before.body === after.body &&
    before.paragraph === after.paragraph &&
    before.caret === after.caret &&
    before.selectedTagId === after.selectedTagId &&
    before.currentSuggestionKey === after.currentSuggestionKey &&
    before.suggestions.length === after.suggestions.length &&
    before.suggestions.every((mark, index) => mark === after.suggestions[index]) &&
    before.selection?.start === after.selection?.start &&
    before.selection?.end === after.selection?.end &&
    before.tags.length === after.tags.length &&
    before.tags.every((tag, index) => tag === after.tags[index])
  );
}

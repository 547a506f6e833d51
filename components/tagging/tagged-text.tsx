"use client";

import { useEffect, useMemo, type KeyboardEvent, type RefObject } from "react";
import { snapToWords } from "@/lib/annotations/text/snap-to-words";
import type { TextSpan } from "@/lib/annotations/text/span";
import { selectionToSpan } from "./dom-offsets";
import { paragraphSpans } from "./paragraph-spans";
import { groupByParagraph } from "./segments";
import type { SuggestionMark } from "./suggestions/types";
import { tagAt } from "./tag-at";
import styles from "./tagged-text.module.css";
import { caretAt, moveByWord, spanOf, taggableSpan, type TextSelection } from "./text-selection";
import { TextParagraph } from "./text-paragraph";
import type { WorkspaceTag } from "./types";

interface TaggedTextProps {
  body: string;
  lang: string | undefined;
  tags: WorkspaceTag[];
  selection: TextSelection | null;
  selectedTagId: string | null;
  textRef: RefObject<HTMLDivElement | null>;
  describedBy: string | undefined;
  onSelectionChange(selection: TextSelection | null): void;
  onTagPicked(tagId: string | null): void;
  /** The suggestions to draw (none while hidden or read-only), and the current one. */
  suggestions?: SuggestionMark[];
  currentSuggestionKey?: string | null;
  /** A click on no tag: the suggestion there, if any, becomes current. */
  onSuggestionPicked?(offset: number): void;
}

const NO_SUGGESTIONS: SuggestionMark[] = [];

/**
 * The body as paragraphs of segments, each covered by a set of tags; each paragraph gets only what concerns it,
 * so a change re-renders the paragraphs it touches. A mouse selection is snapped to whole
 * words and kept as the reviewer's selection (drawn by us, so re-rendering cannot lose it); arrow keys move
 * a caret by words, Shift+arrows extend; a click on a tagged passage picks its tag.
 */
export function TaggedText(props: TaggedTextProps) {
  const { body, tags, selection, selectedTagId, textRef, suggestions = NO_SUGGESTIONS } = props;
  const paragraphs = useMemo(() => paragraphSpans(body), [body]);
  const tagsByParagraph = useMemo(
    () => groupByParagraph(paragraphs, tags, (tag) => ({ start: tag.startOffset, end: tag.endOffset })),
    [paragraphs, tags],
  );
  const suggestionsByParagraph = useMemo(
    () => groupByParagraph(paragraphs, suggestions, (mark) => mark),
    [paragraphs, suggestions],
  );
  const currentSuggestion = suggestions.find((mark) => mark.key === props.currentSuggestionKey);
  const words = taggableSpan(body, selection);
  const caret = selection?.focus;
  const selectedTag = tags.find((tag) => tag.id === selectedTagId);
  const selectedSpan = selectedTag && { start: selectedTag.startOffset, end: selectedTag.endOffset };

  useEffect(() => {
    textRef.current?.querySelector(`.${styles.caret}`)?.scrollIntoView({ block: "nearest" });
  }, [caret, textRef]);

  function onMouseUp() {
    const domSelection = window.getSelection();
    const span = textRef.current && selectionToSpan(textRef.current, domSelection);
    if (!span) return;
    if (span.start === span.end) {
      props.onSelectionChange(caretAt(span.start));
      const tag = tagAt(tags, span.start);
      props.onTagPicked(tag?.id ?? null);
      if (!tag) props.onSuggestionPicked?.(span.start);
      return;
    }
    domSelection?.removeAllRanges();
    const words = snapToWords(body, span);
    props.onSelectionChange(words && { anchor: words.start, focus: words.end });
  }

  function onKeyDown(event: KeyboardEvent) {
    const direction = { ArrowRight: 1, ArrowLeft: -1 }[event.key] as 1 | -1 | undefined;
    if (direction && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      props.onSelectionChange(moveByWord(body, selection ?? caretAt(0), direction, event.shiftKey));
    } else if (event.key === "Enter" && selection) {
      props.onTagPicked(tagAt(tags, spanOf(selection).start)?.id ?? null);
    }
  }

  return (
    <div
      ref={textRef}
      role="region"
      aria-label="Article text"
      aria-describedby={props.describedBy}
      tabIndex={0}
      className={styles.text}
      lang={props.lang}
      data-testid="tagged-text"
      onMouseUp={onMouseUp}
      onKeyDown={onKeyDown}
    >
      {paragraphs.map((paragraph, index) => (
        <TextParagraph
          key={paragraph.start}
          body={body}
          paragraph={paragraph}
          tags={tagsByParagraph[index]}
          selection={words && overlaps(words, paragraph) ? words : null}
          caret={caret !== undefined && paragraph.start <= caret && caret <= paragraph.end ? caret : null}
          selectedTagId={selectedSpan && overlaps(selectedSpan, paragraph) ? selectedTagId : null}
          suggestions={suggestionsByParagraph[index] ?? NO_SUGGESTIONS}
          currentSuggestionKey={
            currentSuggestion && overlaps(currentSuggestion, paragraph) ? currentSuggestion.key : null
          }
        />
      ))}
    </div>
  );
}

const overlaps = (span: TextSpan, paragraph: TextSpan) => span.start < paragraph.end && paragraph.start < span.end;

"use client";

import { Fragment, useEffect, useMemo, type KeyboardEvent, type RefObject } from "react";
import { snapToWords } from "@/lib/annotations/text/snap-to-words";
import { selectionToSpan } from "./dom-offsets";
import { paragraphSpans } from "./paragraph-spans";
import { segmentParagraphs, type Mark } from "./segments";
import { tagAt } from "./tag-at";
import styles from "./tagged-text.module.css";
import { caretAt, moveByWord, spanOf, taggableSpan, type TextSelection } from "./text-selection";
import { SELECTION_MARK, segmentLook, TextSegment } from "./text-segment";
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
}

const CARET_MARK = "caret";

/**
 * The body as paragraphs of segments, each covered by a set of tags. A mouse selection is snapped to whole
 * words and kept as the reviewer's selection (drawn by us, so re-rendering cannot lose it); arrow keys move
 * a caret by words, Shift+arrows extend; a click on a tagged passage picks its tag.
 */
export function TaggedText(props: TaggedTextProps) {
  const { body, tags, selection, selectedTagId, textRef } = props;
  const paragraphs = useMemo(() => paragraphSpans(body), [body]);
  const tagsById = useMemo(() => new Map(tags.map((tag) => [tag.id, tag])), [tags]);
  const marks = useMemo(() => selectionMarks(body, selection), [body, selection]);
  const segmented = useMemo(
    () =>
      segmentParagraphs(paragraphs, [
        ...tags.map((tag) => ({ id: tag.id, start: tag.startOffset, end: tag.endOffset })),
        ...marks,
      ]),
    [paragraphs, tags, marks],
  );
  const caret = selection?.focus;

  useEffect(() => {
    textRef.current?.querySelector(`.${styles.caret}`)?.scrollIntoView({ block: "nearest" });
  }, [caret, textRef]);

  function onMouseUp() {
    const domSelection = window.getSelection();
    const span = textRef.current && selectionToSpan(textRef.current, domSelection);
    if (!span) return;
    if (span.start === span.end) {
      props.onSelectionChange(caretAt(span.start));
      props.onTagPicked(tagAt(tags, span.start)?.id ?? null);
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
      {segmented.map((paragraph) => (
        <p key={paragraph.start} dir="auto">
          {paragraph.segments.map((segment) => (
            <Fragment key={segment.start}>
              {caret === segment.start && <span className={styles.caret} aria-hidden />}
              <TextSegment
                start={segment.start}
                text={body.slice(segment.start, segment.end)}
                {...segmentLook(segment.markIds, tagsById, selectedTagId)}
              />
            </Fragment>
          ))}
          {caret === paragraph.end && <span className={styles.caret} aria-hidden />}
        </p>
      ))}
    </div>
  );
}

/**
 * The words a category key would tag, as a mark, and the caret as an empty mark, so segments break there:
 * what is highlighted is exactly what gets tagged.
 */
function selectionMarks(body: string, selection: TextSelection | null): Mark[] {
  if (!selection) return [];
  const words = taggableSpan(body, selection);
  const caret = { id: CARET_MARK, start: selection.focus, end: selection.focus };
  return words ? [{ id: SELECTION_MARK, ...words }, caret] : [caret];
}

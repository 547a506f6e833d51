import { assertIndexInBody, assertSelectionInBody, type TextSpan } from "./span.ts";
import { wordsEndingAfter, wordsStartingBefore } from "./words.ts";

/** Reading order, not screen direction: 1 is towards the end of the text, which is leftwards in Arabic or Hebrew. */
export type WordDirection = 1 | -1;

/**
 * Where the caret lands moving one word from `index`: forward to the end of the word, backward to its start,
 * as macOS moves it, so a selection grown this way never ends in the space after a word. Stays put when no
 * word lies that way.
 */
export function nextWordBoundary(body: string, index: number, direction: WordDirection): number {
  assertIndexInBody(body, index);
  if (direction === 1) return wordsEndingAfter(body, index).next().value?.end ?? index;
  return wordsStartingBefore(body, index).next().value?.start ?? index;
}

/**
 * Moves one edge of a selection by a word: the start between word starts, the end between word ends, so the
 * selection keeps whole words. It never shrinks to nothing: an edge that would meet or cross the other stays.
 */
export function extendByWord(
  body: string,
  selection: TextSpan,
  edge: "start" | "end",
  direction: WordDirection,
): TextSpan {
  assertSelectionInBody(body, selection);
  const { start, end } = selection;
  if (edge === "end") {
    const movedEnd = direction === 1 ? nextWordBoundary(body, end, 1) : previousWordEnd(body, end);
    return movedEnd > start ? { start, end: movedEnd } : { start, end };
  }
  const movedStart = direction === -1 ? nextWordBoundary(body, start, -1) : nextWordStart(body, start);
  return movedStart < end ? { start: movedStart, end } : { start, end };
}

function previousWordEnd(body: string, index: number): number {
  for (const word of wordsStartingBefore(body, index)) if (word.end < index) return word.end;
  return index;
}

function nextWordStart(body: string, index: number): number {
  for (const word of wordsEndingAfter(body, index)) if (word.start > index) return word.start;
  return index;
}

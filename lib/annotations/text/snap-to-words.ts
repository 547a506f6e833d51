import { assertSelectionInBody, type TextSpan } from "./span.ts";
import { wordsEndingAfter, wordsStartingBefore } from "./words.ts";

/**
 * Widens a rough selection to the whole words it touches and drops whitespace and punctuation at its edges;
 * punctuation between its words stays. Null when it touches no word: empty (a click), only whitespace or
 * only punctuation.
 */
export function snapToWords(body: string, selection: TextSpan): TextSpan | null {
  assertSelectionInBody(body, selection);
  if (selection.start === selection.end) return null;
  const first = wordsEndingAfter(body, selection.start).next().value;
  if (!first || first.start >= selection.end) return null;
  // `first` itself starts before the selection's end, so there is a last word.
  const last = wordsStartingBefore(body, selection.end).next().value!;
  return { start: first.start, end: last.end };
}

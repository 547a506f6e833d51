import {
  isGraphemeBoundary,
  type WordSegment,
  wordSegmentsEndingAfter,
  wordSegmentsStartingBefore,
} from "./segments.ts";
import type { TextSpan } from "./span.ts";

/**
 * Segments that are no word on their own: whitespace, punctuation, invisible format characters, currency signs and
 * combining marks left on none of these. Other symbols and emoji count, though the segmenter does not call them
 * word-like: a reviewer may tag them.
 */
const NOT_A_WORD = /^[\s\p{P}\p{Cf}\p{Sc}\p{M}]+$/u;

/** Signs the segmenter splits off that belong to the word they touch: "#MeToo", "@AP", "$5", "€5". */
const LEADING_SIGN = /^[#@\p{Sc}]$/u;
const TRAILING_SIGN = /^[%‰‱]$/u;

/** "U.S" of "U.S.": the segmenter leaves the last period out, as it cannot tell it from a full stop. */
const DOTTED_ABBREVIATION = /^\p{L}(?:\.\p{L})+$/u;

/** Words that end after `index`, in order. */
export function* wordsEndingAfter(body: string, index: number): Generator<TextSpan> {
  // One character back: a word's trailing sign or period may be all of it that lies after `index`.
  for (const segment of wordSegmentsEndingAfter(body, Math.max(0, index - 1))) {
    const word = asWord(body, segment);
    if (word && word.end > index) yield word;
  }
}

/** Words that start before `index`, nearest first. */
export function* wordsStartingBefore(body: string, index: number): Generator<TextSpan> {
  // One character on: a word's leading sign may be all of it that lies before `index`.
  for (const segment of wordSegmentsStartingBefore(body, Math.min(body.length, index + 1))) {
    const word = asWord(body, segment);
    if (word && word.start < index) yield word;
  }
}

function asWord(body: string, segment: WordSegment): TextSpan | null {
  if (!segment.isWordLike && NOT_A_WORD.test(segment.text)) return null;
  const before = body.charAt(segment.start - 1);
  const after = body.charAt(segment.end);
  const hasTrailingPart = TRAILING_SIGN.test(after) || (after === "." && DOTTED_ABBREVIATION.test(segment.text));
  let start = LEADING_SIGN.test(before) ? segment.start - 1 : segment.start;
  let end = hasTrailingPart ? segment.end + 1 : segment.end;
  // Word segmentation splits a prepended sign (U+0600 and kin) from the space after it; grapheme segmentation does not.
  while (!isGraphemeBoundary(body, start)) start--;
  while (!isGraphemeBoundary(body, end)) end++;
  return { start, end };
}

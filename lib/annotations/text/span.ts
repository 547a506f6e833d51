import { isGraphemeBoundary } from "./segments.ts";

/** A run of an article body: [start, end) in UTF-16 code units, the indices of JavaScript strings. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Whether `span` marks at least one whole user-perceived character of `body`. An end inside a surrogate pair,
 * between a letter and its combining accent or inside an emoji sequence would quote text nobody selected.
 */
export function isValidSpan(body: string, span: TextSpan): boolean {
  const { start, end } = span;
  return (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    0 <= start &&
    start < end &&
    end <= body.length &&
    isGraphemeBoundary(body, start) &&
    isGraphemeBoundary(body, end)
  );
}

/** The text `span` marks; throws rather than quote broken characters for a span that is not valid. */
export function sliceSpan(body: string, span: TextSpan): string {
  if (!isValidSpan(body, span)) throw new RangeError(`Not a valid span of this body: [${span.start}, ${span.end})`);
  return body.slice(span.start, span.end);
}

/**
 * The code point offset (what Postgres and Python count) of a UTF-16 offset. A lone surrogate counts as one
 * code point, as JavaScript's string iterator counts it.
 */
export function codePointOffset(body: string, utf16Index: number): number {
  assertIndexInBody(body, utf16Index);
  if (splitsSurrogatePair(body, utf16Index)) {
    throw new RangeError(`UTF-16 offset ${utf16Index} falls inside a surrogate pair; no code point offset matches it`);
  }
  let codePoints = utf16Index;
  for (let index = 0; index < utf16Index; index++) {
    if (isSurrogatePairAt(body, index)) {
      codePoints--;
      index++;
    }
  }
  return codePoints;
}

/** The UTF-16 offset of a code point offset from Postgres or Python: the inverse of codePointOffset. */
export function utf16Offset(body: string, codePointIndex: number): number {
  if (!Number.isInteger(codePointIndex) || codePointIndex < 0) {
    throw new RangeError(`Not a code point offset: ${codePointIndex}`);
  }
  let index = 0;
  for (let codePoints = 0; codePoints < codePointIndex; codePoints++) {
    if (index >= body.length) throw new RangeError(`Code point offset ${codePointIndex} is past the end of the body`);
    index += isSurrogatePairAt(body, index) ? 2 : 1;
  }
  return index;
}

export function assertIndexInBody(body: string, index: number): void {
  if (!Number.isInteger(index) || index < 0 || index > body.length) {
    throw new RangeError(`Offset ${index} is not in a body of length ${body.length}`);
  }
}

/** A selection may be empty (a caret), unlike a stored span. */
export function assertSelectionInBody(body: string, selection: TextSpan): void {
  assertIndexInBody(body, selection.start);
  assertIndexInBody(body, selection.end);
  if (selection.start > selection.end) {
    throw new RangeError(`Selection ends before it starts: [${selection.start}, ${selection.end})`);
  }
}

function splitsSurrogatePair(body: string, index: number): boolean {
  return index > 0 && isSurrogatePairAt(body, index - 1);
}

function isSurrogatePairAt(body: string, index: number): boolean {
  const high = body.charCodeAt(index);
  const low = body.charCodeAt(index + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

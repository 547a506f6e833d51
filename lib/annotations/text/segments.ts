import type { TextSpan } from "./span.ts";

/** One segment of word segmentation, at offsets into the whole body. */
export interface WordSegment extends TextSpan {
  text: string;
  isWordLike: boolean;
}

// A fixed locale rather than the runtime's default, so a reviewer's browser and the server segment alike.
const graphemeSegmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
const wordSegmenter = new Intl.Segmenter("en", { granularity: "word" });

// Everything here segments a few words around an offset, never the whole body: Node 20's segment iterator slows
// down faster than the text grows (one pass over a 67,000-character article took over a minute on a loaded machine).

/**
 * Whether `index` falls between two grapheme clusters (user-perceived characters); both ends of the body do.
 * Only the characters beside a position decide, plus unbroken chains to its left (combining marks, emoji joined by
 * ZWJ, regional indicator pairs) that whitespace always breaks, so the text between the whitespace on either side
 * decides exactly.
 */
export function isGraphemeBoundary(body: string, index: number): boolean {
  if (index <= 0 || index >= body.length) return index === 0 || index === body.length;
  let windowStart = index - 1;
  while (windowStart > 0 && !isWhitespace(body, windowStart)) windowStart--;
  let windowEnd = index + 1;
  while (windowEnd < body.length && !isWhitespace(body, windowEnd)) windowEnd++;
  const indexInWindow = index - windowStart;
  return (
    graphemeSegmenter.segment(body.slice(windowStart, windowEnd)).containing(indexInWindow)!.index === indexInWindow
  );
}

/** Word segments that end after `index`, in order. */
export function* wordSegmentsEndingAfter(body: string, index: number): Generator<WordSegment> {
  let windowStart = windowEdgeAtOrBefore(body, index);
  while (windowStart < body.length) {
    const windowEnd = windowEdgeAfter(body, Math.max(index, windowStart));
    for (const segment of wordSegmentsBetween(body, windowStart, windowEnd)) {
      if (segment.end > index) yield segment;
    }
    windowStart = windowEnd;
  }
}

/** Word segments that start before `index`, nearest first. */
export function* wordSegmentsStartingBefore(body: string, index: number): Generator<WordSegment> {
  let windowEnd = index > 0 ? windowEdgeAfter(body, index - 1) : 0;
  while (windowEnd > 0) {
    const windowStart = windowEdgeAtOrBefore(body, Math.min(index, windowEnd) - 1);
    for (const segment of wordSegmentsBetween(body, windowStart, windowEnd).reverse()) {
      if (segment.start < index) yield segment;
    }
    windowEnd = windowStart;
  }
}

function wordSegmentsBetween(body: string, windowStart: number, windowEnd: number): WordSegment[] {
  return Array.from(wordSegmenter.segment(body.slice(windowStart, windowEnd)), ({ segment, index, isWordLike }) => ({
    start: windowStart + index,
    end: windowStart + index + segment.length,
    text: segment,
    isWordLike: isWordLike ?? false,
  }));
}

/**
 * Where a run of whitespace starts. Word segmentation always breaks there, and no rule looks across whitespace
 * (letters joined by "." or "'", dictionary runs of Chinese or Thai, regional indicator pairs all stop at it), so
 * the body segments the same in windows cut at these edges as in one piece, and in a fraction of the time.
 */
function isWindowEdge(body: string, index: number): boolean {
  if (index <= 0 || index >= body.length) return true;
  // Any whitespace before, not only ASCII: the segmenter keeps an ideographic space and a space together.
  return isWhitespace(body, index) && !/\s/.test(body[index - 1]);
}

function windowEdgeAtOrBefore(body: string, index: number): number {
  let edge = index;
  while (!isWindowEdge(body, edge)) edge--;
  return edge;
}

function windowEdgeAfter(body: string, index: number): number {
  let edge = index + 1;
  while (!isWindowEdge(body, edge)) edge++;
  return edge;
}

/** Space and newline are all the whitespace a stored body has (see normalizeBodyText); tab and CR for other text. */
function isWhitespace(body: string, index: number): boolean {
  const code = body.charCodeAt(index);
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;
}

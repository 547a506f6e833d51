import type { ComparableTag } from "./comparable-tag.ts";

type Span = Pick<ComparableTag, "startOffset" | "endOffset" | "quotedText">;

/** A version's quoted text cut where the unit's versions part: words only it (or only some) cover, around the shared ones. */
export interface SpanParts {
  before: string;
  shared: string;
  after: string;
}

/**
 * Splits a version's text into the words every version of its unit covers and the extra words before and after
 * them, so a difference in span reads as those extra words. Versions that share no words are left whole.
 */
export function splitSpanParts(version: Span, unit: readonly Span[]): SpanParts {
  const start = Math.max(...unit.map((tag) => tag.startOffset));
  const end = Math.min(...unit.map((tag) => tag.endOffset));
  if (start >= end) return { before: "", shared: version.quotedText, after: "" };
  const from = start - version.startOffset;
  const to = end - version.startOffset;
  const text = version.quotedText;
  return { before: text.slice(0, from), shared: text.slice(from, to), after: text.slice(to) };
}

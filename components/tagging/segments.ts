import type { TextSpan } from "@/lib/annotations/text/span";

export interface Mark extends TextSpan {
  id: string;
}

/** A run of text that one set of marks covers, from one mark boundary to the next. */
export interface Segment extends TextSpan {
  markIds: string[];
}

export interface SegmentedParagraph extends TextSpan {
  segments: Segment[];
}

/**
 * Cuts each paragraph at every mark boundary, so overlapping and nested tags each stay visible. One sort of
 * the boundaries and one sweep: a long article with hundreds of tags renders without delay.
 */
export function segmentParagraphs(paragraphs: TextSpan[], marks: Mark[]): SegmentedParagraph[] {
  const byStart = [...marks].sort((a, b) => a.start - b.start);
  const boundaries = [...new Set(marks.flatMap((mark) => [mark.start, mark.end]))].sort((a, b) => a - b);
  let nextMark = 0;
  let nextBoundary = 0;
  let active: Mark[] = [];
  return paragraphs.map((paragraph) => {
    const segments: Segment[] = [];
    let position = paragraph.start;
    while (position < paragraph.end) {
      while (nextMark < byStart.length && byStart[nextMark].start <= position) active.push(byStart[nextMark++]);
      active = active.filter((mark) => mark.end > position);
      while (nextBoundary < boundaries.length && boundaries[nextBoundary] <= position) nextBoundary++;
      const end = Math.min(boundaries[nextBoundary] ?? paragraph.end, paragraph.end);
      segments.push({ start: position, end, markIds: active.map((mark) => mark.id) });
      position = end;
    }
    return { ...paragraph, segments };
  });
}

/**
 * The items that overlap each paragraph, in the items' own order (an item across a paragraph break belongs to
 * both): a paragraph whose items are unchanged gets the same items, so it can skip rendering.
 */
export function groupByParagraph<T>(paragraphs: TextSpan[], items: T[], spanOf: (item: T) => TextSpan): T[][] {
  const groups: T[][] = paragraphs.map(() => []);
  for (const item of items) {
    const { start, end } = spanOf(item);
    for (let index = firstEndingAfter(paragraphs, start); index < paragraphs.length; index++) {
      if (paragraphs[index].start >= end) break;
      groups[index].push(item);
    }
  }
  return groups;
}

/** The index of the first paragraph that ends after `offset` (a binary search: paragraphs are in order). */
function firstEndingAfter(paragraphs: TextSpan[], offset: number): number {
  let low = 0;
  let high = paragraphs.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (paragraphs[middle].end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

import type { Pieces } from "./read-brat.ts";

const WORD = /[\p{L}\p{N}]+/gu;

/** Start offsets of the words inside the pieces: a word is identified by where it stands in the text. */
export function wordPositions(text: string, pieces: Pieces): Set<number> {
  const positions = new Set<number>();
  for (const [start, end] of pieces) {
    for (const match of text.slice(start, end).matchAll(WORD)) positions.add(start + match.index);
  }
  return positions;
}

/** Dice coefficient of two word sets: 2|A∩B| / (|A| + |B|), 0 when both are empty. */
export function dice(a: Set<number>, b: Set<number>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const position of a) if (b.has(position)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/** Whether two span lists share at least one character. */
export function piecesOverlap(a: Pieces, b: Pieces): boolean {
  return a.some(([aStart, aEnd]) => b.some(([bStart, bEnd]) => aStart < bEnd && bStart < aEnd));
}

import { spanOverlap } from "../../agreement/span-agreement.ts";
import { byPosition, type ComparableTag } from "./comparable-tag.ts";

/** The overlap agreement counts as a match (lib/agreement/span-agreement.ts), so a unit is what agreement matched. */
export const UNIT_MIN_OVERLAP = 0.5;

/**
 * Groups reviewers' tags into units, the things an adjudicator decides on: tags of different reviewers with the
 * same category whose spans overlap by at least half (Jaccard), at most one tag per reviewer in a unit. Pairs
 * are joined best overlap first, as agreement matches them, so a tag joins its closest counterpart; every tag
 * nobody matched is a unit of its own. Units come in reading order.
 */
export function groupUnits<T extends ComparableTag>(tags: readonly T[]): T[][] {
  const ordered = [...tags].sort(byPosition);
  const unitOf = ordered.map((_, index) => index);
  const units = new Map(ordered.map((tag, index) => [index, [tag]]));
  for (const [i, j] of matchingPairs(ordered)) {
    const [a, b] = [unitOf[i], unitOf[j]];
    if (a === b) continue;
    const joined = [...units.get(a)!, ...units.get(b)!];
    if (new Set(joined.map((tag) => tag.reviewerId)).size < joined.length) continue;
    units.set(a, joined.sort(byPosition));
    units.delete(b);
    unitOf.forEach((unit, index) => unit === b && (unitOf[index] = a));
  }
  return [...units.values()].sort((x, y) => byPosition(x[0], y[0]));
}

function matchingPairs(tags: readonly ComparableTag[]): [number, number][] {
  const pairs: { i: number; j: number; overlap: number }[] = [];
  tags.forEach((a, i) =>
    tags.slice(i + 1).forEach((b, offset) => {
      if (a.code !== b.code || a.reviewerId === b.reviewerId) return;
      const overlap = spanOverlap(asSpan(a), asSpan(b));
      if (overlap >= UNIT_MIN_OVERLAP) pairs.push({ i, j: i + 1 + offset, overlap });
    }),
  );
  // Ties keep reading order, so the same tags always give the same units.
  return pairs.sort((x, y) => y.overlap - x.overlap || x.i - y.i || x.j - y.j).map(({ i, j }) => [i, j]);
}

const asSpan = (tag: ComparableTag) => ({ category: tag.code, start: tag.startOffset, end: tag.endOffset });

import type { Divergence } from "./queries/measure-divergence.ts";

/**
 * The `limit` outlets with the most counted articles (ties: the first given), so a section of several matrices
 * shows the same outlets in each.
 */
export function mostCoveredOutlets(outlets: { outletId: string; counted: number }[], limit: number): Set<string> {
  const ranked = outlets.toSorted((a, b) => b.counted - a.counted); // stable: ties keep their order
  return new Set(ranked.slice(0, limit).map((outlet) => outlet.outletId));
}

/** The matrix of just the outlets in `keep`, still in cluster order, with their distances. */
export function narrowDivergence(divergence: Divergence, keep: ReadonlySet<string>): Divergence {
  const kept = divergence.outlets.flatMap((outlet, index) => (keep.has(outlet.outletId) ? [index] : []));
  if (kept.length === divergence.outlets.length) return divergence;
  return {
    mix: divergence.mix,
    outlets: kept.map((index) => divergence.outlets[index]),
    distances: kept.map((i) => kept.map((j) => divergence.distances[i][j])),
  };
}

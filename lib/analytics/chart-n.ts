import type { Basis } from "./filters.ts";

/** How many articles of an outlet (or of all outlets) the filters keep, and how many of them count. */
export interface ScopeCounts {
  /** Articles the filters keep. */
  inScope: number;
  /** Articles whose tags count: gold, or submitted by at least one reviewer (per the basis). */
  counted: number;
  /** Of the counted articles, those counted from their completed gold. */
  gold: number;
  /** In scope with nothing submitted and no completed gold: in coverage, not in any share. */
  untagged: number;
}

/** The n every chart shows beside its numbers. */
export interface ChartN extends ScopeCounts {
  basis: Basis;
  /** Tags behind the chart, weighted: two reviewers' tags of one article count as one. */
  tags: number;
}

export function chartN(scope: ScopeCounts, basis: Basis, tags: number): ChartN {
  return { ...scope, basis, tags: roundWeight(tags) };
}

/** Weighted counts are sums of 1/k; rounding away float noise keeps 0.1 + 0.2 from showing as 0.30000000000000004. */
export function roundWeight(value: number): number {
  return Math.round(value * 1000) / 1000;
}

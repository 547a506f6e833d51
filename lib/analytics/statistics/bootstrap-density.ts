import { bootstrapShares, type ArticleCounts, type ShareEstimate } from "./bootstrap-share.ts";

/** Occurrences per 1,000 words with its 95% bootstrap interval over articles; all null without any words. */
export interface DensityEstimate {
  density: number | null;
  low: number | null;
  high: number | null;
}

const PER_WORDS = 1000;

/**
 * Densities per 1,000 words (Σ occurrences / Σ words × 1,000) of one outlet's articles, one per column of counts
 * over the same articles (`part` an article's weighted occurrences, `whole` its word count), each with the
 * percentile bootstrap interval of `bootstrapShares`: the same resampling of articles, the ratio scaled.
 */
export function bootstrapDensities(columns: readonly (readonly ArticleCounts[])[]): DensityEstimate[] {
  const scale = (value: number | null) => (value === null ? null : value * PER_WORDS);
  return bootstrapShares(columns).map((estimate: ShareEstimate) => ({
    density: scale(estimate.share),
    low: scale(estimate.low),
    high: scale(estimate.high),
  }));
}

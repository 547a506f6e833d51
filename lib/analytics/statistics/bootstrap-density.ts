import { bootstrapShare, type ArticleCounts, type ShareEstimate } from "./bootstrap-share.ts";

/** Occurrences per 1,000 words with its 95% bootstrap interval over articles; all null without any words. */
export interface DensityEstimate {
  density: number | null;
  low: number | null;
  high: number | null;
}

const PER_WORDS = 1000;

/**
 * A density per 1,000 words (Σ occurrences / Σ words × 1,000) of one outlet's articles, with the percentile
 * bootstrap interval of `bootstrapShare`: the same resampling of articles, the ratio scaled to 1,000 words.
 * `part` is an article's weighted occurrences, `whole` its word count.
 */
export function bootstrapDensity(articles: readonly ArticleCounts[]): DensityEstimate {
  const estimate: ShareEstimate = bootstrapShare(articles);
  const scale = (value: number | null) => (value === null ? null : value * PER_WORDS);
  return { density: scale(estimate.share), low: scale(estimate.low), high: scale(estimate.high) };
}

import { quantile } from "./quantile.ts";
import { seededRandom } from "./seeded-random.ts";

/** One article's weighted counts: how many of its `whole` tags (say, attributions) are `part` (say, anonymous). */
export interface ArticleCounts {
  part: number;
  whole: number;
}

/** A share with its percentile bootstrap interval; all null when there is nothing to divide by. */
export interface ShareEstimate {
  share: number | null;
  low: number | null;
  high: number | null;
}

export const BOOTSTRAP_RESAMPLES = 1000;
export const BOOTSTRAP_SEED = 20_260_311;

/**
 * The share Σpart / Σwhole of one outlet's articles, with a percentile bootstrap interval over articles: the
 * articles are resampled with replacement (tags within an article are not independent, articles are the unit),
 * and the share is recomputed for each resample. Resamples without any `whole` are skipped. Seeded, so the same
 * data always gives the same interval.
 */
export function bootstrapShare(
  articles: readonly ArticleCounts[],
  options: { resamples?: number; seed?: number; level?: number } = {},
): ShareEstimate {
  const { resamples = BOOTSTRAP_RESAMPLES, seed = BOOTSTRAP_SEED, level = 0.95 } = options;
  const share = ratio(articles);
  if (share === null) return { share: null, low: null, high: null };
  const random = seededRandom(seed);
  const shares: number[] = [];
  for (let round = 0; round < resamples; round += 1) {
    let part = 0;
    let whole = 0;
    for (let draw = 0; draw < articles.length; draw += 1) {
      const article = articles[Math.floor(random() * articles.length)];
      part += article.part;
      whole += article.whole;
    }
    if (whole > 0) shares.push(part / whole);
  }
  if (shares.length === 0) return { share, low: null, high: null };
  shares.sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  return { share, low: quantile(shares, tail), high: quantile(shares, 1 - tail) };
}

function ratio(articles: readonly ArticleCounts[]): number | null {
  let part = 0;
  let whole = 0;
  for (const article of articles) {
    part += article.part;
    whole += article.whole;
  }
  return whole > 0 ? part / whole : null;
}

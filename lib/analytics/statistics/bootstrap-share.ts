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

export interface BootstrapOptions {
  resamples?: number;
  seed?: number;
  level?: number;
}

export const BOOTSTRAP_RESAMPLES = 1000;
export const BOOTSTRAP_SEED = 20_260_311;

/**
 * The share Σpart / Σwhole of one outlet's articles, with a percentile bootstrap interval over articles: the
 * articles are resampled with replacement (tags within an article are not independent, articles are the unit),
 * and the share is recomputed for each resample. Resamples without any `whole` are skipped. Seeded, so the same
 * data always gives the same interval.
 */
export function bootstrapShare(articles: readonly ArticleCounts[], options: BootstrapOptions = {}): ShareEstimate {
  return bootstrapShares([articles], options)[0];
}

/**
 * `bootstrapShare` of several columns of counts over the same articles (each column lists them in the same
 * order). The seeded draws depend only on the number of articles, so every column's resamples pick the same
 * articles: drawing them once for all columns gives exactly the intervals of one call per column, with one
 * random number per draw instead of one per draw and column.
 */
export function bootstrapShares(
  columns: readonly (readonly ArticleCounts[])[],
  options: BootstrapOptions = {},
): ShareEstimate[] {
  const { resamples = BOOTSTRAP_RESAMPLES, seed = BOOTSTRAP_SEED, level = 0.95 } = options;
  const size = columns[0]?.length ?? 0;
  if (columns.some((column) => column.length !== size)) throw new Error("columns of different articles");
  const shares = columns.map(ratio);
  const live = columns.flatMap((column, index) => (shares[index] === null ? [] : [index]));
  const samples = columns.map((): number[] => []);
  const random = seededRandom(seed);
  const drawn = new Int32Array(size);
  for (let round = 0; round < resamples && live.length > 0; round += 1) {
    for (let draw = 0; draw < size; draw += 1) drawn[draw] = Math.floor(random() * size);
    for (const index of live) {
      const articles = columns[index];
      let part = 0;
      let whole = 0;
      for (let draw = 0; draw < size; draw += 1) {
        const article = articles[drawn[draw]];
        part += article.part;
        whole += article.whole;
      }
      if (whole > 0) samples[index].push(part / whole);
    }
  }
  return shares.map((share, index) => interval(share, samples[index], level));
}

function interval(share: number | null, shares: number[], level: number): ShareEstimate {
  if (share === null) return { share: null, low: null, high: null };
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

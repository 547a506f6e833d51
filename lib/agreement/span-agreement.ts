/**
 * Agreement between reviewers who tag passages of the same article, as matched-span F1.
 *
 * Span tagging has no fixed set of units, so there is no count of spans both reviewers left untagged
 * and kappa-type coefficients are ill-defined. The usual measure is then the F-measure between two
 * reviewers, which approaches kappa as those negatives grow (Hripcsak & Rothschild 2005, "Agreement,
 * the F-measure, and reliability in information retrieval", JAMIA 12(3)); for more than two reviewers,
 * pairwise F-measures are averaged (Deleger et al. 2012, "Building Gold Standard Corpora for Medical
 * Natural Language Processing Tasks", AMIA Annu Symp Proc 2012:144–153). The overlap criterion and
 * one-to-one matching follow common practice in named-entity evaluation.
 */

/** A tagged passage: characters [start, end) of the article text and the category the reviewer gave it. */
export interface TaggedSpan {
  category: string;
  start: number;
  end: number;
}

export interface SpanMatchOptions {
  /**
   * Least overlap for two spans of the same category to match, as shared characters / characters in
   * either (Jaccard). Default 0.5; 1 demands identical boundaries.
   */
  minOverlap?: number;
}

export interface SpanCounts {
  /**
   * 2·matched / (2·matched + onlyA + onlyB). Swapping the reviewers swaps precision and recall, so F1
   * is symmetric. null when neither reviewer tagged anything: there is nothing to agree on.
   */
  f1: number | null;
  matched: number;
  onlyA: number;
  onlyB: number;
}

export interface SpanAgreement {
  byCategory: Record<string, SpanCounts>;
  /** Counts summed over all categories (micro-average). */
  total: SpanCounts;
}

export interface MeanPairwiseSpanF1 {
  /** Per category, the mean F1 over the reviewer pairs where it is defined; null if it is defined for none. */
  byCategory: Record<string, number | null>;
  /** The mean over reviewer pairs of each pair's total F1, where defined. */
  total: number | null;
  pairs: number;
}

export const DEFAULT_MIN_OVERLAP = 0.5;

/** Matched-span agreement between two reviewers of the same article. */
export function spanAgreement(
  a: readonly TaggedSpan[],
  b: readonly TaggedSpan[],
  { minOverlap = DEFAULT_MIN_OVERLAP }: SpanMatchOptions = {},
): SpanAgreement {
  if (!(minOverlap > 0 && minOverlap <= 1)) {
    throw new RangeError(`minOverlap must be in (0, 1], got ${minOverlap}`);
  }
  [...a, ...b].forEach(checkSpan);

  const categories = [...new Set([...a, ...b].map((span) => span.category))].sort();
  const byCategory = Object.fromEntries(
    categories.map((category) => {
      const spansA = a.filter((span) => span.category === category);
      const spansB = b.filter((span) => span.category === category);
      const matched = matchSpans(spansA, spansB, minOverlap).length;
      return [category, counts(matched, spansA.length - matched, spansB.length - matched)];
    }),
  );
  const sum = (key: "matched" | "onlyA" | "onlyB") =>
    Object.values(byCategory).reduce((total, category) => total + category[key], 0);
  return { byCategory, total: counts(sum("matched"), sum("onlyA"), sum("onlyB")) };
}

/** Mean of the pairwise F1 over every pair of reviewers of the same article. */
export function meanPairwiseSpanF1(
  reviewers: readonly (readonly TaggedSpan[])[],
  options: SpanMatchOptions = {},
): MeanPairwiseSpanF1 {
  const pairResults: SpanAgreement[] = [];
  reviewers.forEach((a, i) => reviewers.slice(i + 1).forEach((b) => pairResults.push(spanAgreement(a, b, options))));

  const categories = [...new Set(reviewers.flat().map((span) => span.category))].sort();
  const byCategory = Object.fromEntries(
    categories.map((category) => [category, mean(pairResults.map((pair) => pair.byCategory[category]?.f1 ?? null))]),
  );
  return { byCategory, total: mean(pairResults.map((pair) => pair.total.f1)), pairs: pairResults.length };
}

/** Jaccard overlap of two character ranges. */
export function spanOverlap(a: TaggedSpan, b: TaggedSpan): number {
  const shared = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return shared / (a.end - a.start + (b.end - b.start) - shared);
}

/**
 * Pairs spans of two reviewers one to one: greedily by best overlap, so a span is paired with its closest
 * counterpart rather than the first one found. Categories are not checked: pass spans of one category.
 * Returns index pairs [in a, in b], best overlap first.
 */
export function matchSpans(
  a: readonly TaggedSpan[],
  b: readonly TaggedSpan[],
  minOverlap = DEFAULT_MIN_OVERLAP,
): [number, number][] {
  const candidates = a
    .flatMap((spanA, i) => b.map((spanB, j) => ({ i, j, overlap: spanOverlap(spanA, spanB) })))
    .filter((candidate) => candidate.overlap >= minOverlap)
    .sort((x, y) => y.overlap - x.overlap);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: [number, number][] = [];
  for (const { i, j } of candidates) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

function counts(matched: number, onlyA: number, onlyB: number): SpanCounts {
  const tagged = 2 * matched + onlyA + onlyB;
  return { f1: tagged === 0 ? null : (2 * matched) / tagged, matched, onlyA, onlyB };
}

function mean(values: (number | null)[]): number | null {
  const defined = values.filter((value) => value !== null);
  return defined.length === 0 ? null : defined.reduce((sum, value) => sum + value, 0) / defined.length;
}

function checkSpan(span: TaggedSpan): void {
  if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end <= span.start) {
    throw new RangeError(`A span needs integer offsets with 0 ≤ start < end, got [${span.start}, ${span.end})`);
  }
}

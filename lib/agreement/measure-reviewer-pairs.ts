import { coderPairs, type Coder, type CodedArticle } from "./coded-articles.ts";
import { measureAlpha, type AlphaFigure } from "./measure-alpha.ts";
import type { CodedFormRow } from "./queries/list-coded-forms.ts";
import type { CodedTagRow } from "./queries/list-coded-tags.ts";
import { spanAgreement, type SpanCounts } from "./span-agreement.ts";

export interface ReviewerPairRow {
  a: Coder;
  b: Coder;
  /** Coded articles both reviewed. */
  articles: number;
  tagsA: number;
  tagsB: number;
  /** Same category, overlapping by at least half; F1 over all categories, counts pooled over the articles. */
  spans: SpanCounts;
  /** The same with identical boundaries only. */
  exactF1: number | null;
  /** Nominal alpha of the primary frame over their shared articles. */
  primaryFrame: AlphaFigure;
}

interface PairTally {
  a: Coder;
  b: Coder;
  articles: string[];
  tagsA: number;
  tagsB: number;
  half: SpanCounts;
  exact: SpanCounts;
}

/** Agreement of each pair of reviewers who coded the same articles, so a lead sees who disagrees with whom. */
export function measureReviewerPairs(
  articles: readonly CodedArticle[],
  forms: readonly CodedFormRow[],
): ReviewerPairRow[] {
  const tallies = new Map<string, PairTally>();
  for (const article of articles) {
    for (const pair of coderPairs(article)) {
      // One orientation per pair of people, whichever of them submitted first on this article.
      const [a, b] = [...pair].sort((x, y) => x.name.localeCompare(y.name) || x.id.localeCompare(y.id));
      const tagsA = article.tagsByCoder.get(a.id)!.map(taggedSpan);
      const tagsB = article.tagsByCoder.get(b.id)!.map(taggedSpan);
      const key = `${a.id}:${b.id}`;
      const tally = tallies.get(key) ?? { a, b, articles: [], tagsA: 0, tagsB: 0, half: zero(), exact: zero() };
      tally.articles.push(article.id);
      tally.tagsA += tagsA.length;
      tally.tagsB += tagsB.length;
      add(tally.half, spanAgreement(tagsA, tagsB).total);
      add(tally.exact, spanAgreement(tagsA, tagsB, { minOverlap: 1 }).total);
      tallies.set(key, tally);
    }
  }
  const formOf = new Map(forms.map((form) => [`${form.articleId}:${form.reviewerId}`, form.primaryFrame]));
  return [...tallies.values()]
    .map((tally) => ({
      a: tally.a,
      b: tally.b,
      articles: tally.articles.length,
      tagsA: tally.tagsA,
      tagsB: tally.tagsB,
      spans: withF1(tally.half),
      exactF1: withF1(tally.exact).f1,
      primaryFrame: measureAlpha(
        tally.articles.map((id) => [
          formOf.get(`${id}:${tally.a.id}`) ?? null,
          formOf.get(`${id}:${tally.b.id}`) ?? null,
        ]),
        "nominal",
        "They have no article where both chose a primary frame.",
      ),
    }))
    .sort((x, y) => x.a.name.localeCompare(y.a.name) || x.b.name.localeCompare(y.b.name));
}

const zero = (): SpanCounts => ({ f1: null, matched: 0, onlyA: 0, onlyB: 0 });

function add(into: SpanCounts, counts: SpanCounts) {
  into.matched += counts.matched;
  into.onlyA += counts.onlyA;
  into.onlyB += counts.onlyB;
}

function withF1(counts: SpanCounts): SpanCounts {
  const tagged = 2 * counts.matched + counts.onlyA + counts.onlyB;
  return { ...counts, f1: tagged === 0 ? null : (2 * counts.matched) / tagged };
}

const taggedSpan = (tag: CodedTagRow) => ({ category: tag.code, start: tag.start, end: tag.end });

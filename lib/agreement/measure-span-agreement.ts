import { coderPairs, type CodedArticle } from "./coded-articles.ts";
import type { CodedTagRow } from "./queries/list-coded-tags.ts";
import type { TagCategoryRow } from "./queries/list-tag-categories.ts";
import { reliabilityFigure, type ReliabilityFigure } from "./reliability-figure.ts";
import { spanAgreement, type TaggedSpan } from "./span-agreement.ts";
import { pooledUnitizingAlpha, type UnitizingAlpha } from "./unitizing-alpha.ts";
import { unitizePerCategory } from "./unitize-per-category.ts";

/** The order the report shows kinds in. */
export const KIND_ORDER = ["FRAME", "ATTRIBUTION", "NAMING", "LOADED_LANGUAGE", "SOURCE_TYPE"] as const;

export interface SpanCounts {
  /** Coded articles in which at least one reviewer used the category. */
  articles: number;
  /** Tags of all reviewers. */
  tags: number;
  /** Pairs of tags by two reviewers of one article, same category, overlapping by at least half (Jaccard). */
  matched: number;
  /** Tags without such a counterpart (counted once per reviewer pair, like matched). */
  unmatched: number;
  /** 2·matched / (2·matched + unmatched), counts pooled over every reviewer pair of every article. */
  f1: number | null;
  /** The same with identical boundaries only. */
  exactF1: number | null;
  /** Krippendorff's unitizing alpha over all coded articles, chance-corrected. */
  unitizing: ReliabilityFigure;
}

export interface SpanCategoryRow extends SpanCounts {
  code: string;
  label: string;
}

export interface SpanKindGroup {
  kind: string;
  total: SpanCounts;
  /** Categories someone used, in codebook order. */
  categories: SpanCategoryRow[];
  /** Categories of the codebook nobody used in the coded articles. */
  unused: { code: string; label: string }[];
}

interface Tally {
  articles: Set<string>;
  tags: number;
  matched: number;
  unmatched: number;
  exactMatched: number;
  exactUnmatched: number;
}

/** Span agreement per category and per kind over the coded articles. */
export function measureSpanAgreement(
  articles: readonly CodedArticle[],
  categories: readonly TagCategoryRow[],
): SpanKindGroup[] {
  const tallies = tallyCategories(articles);
  const unitizing = unitizePerCategory(articles, [...tallies.keys()]);
  const ordered = [...categories].sort((a, b) => a.position - b.position || a.code.localeCompare(b.code));
  return KIND_ORDER.map((kind) => {
    const ofKind = ordered.filter((category) => category.kind === kind);
    const used = ofKind.filter((category) => tallies.has(category.code));
    const rows = used.map((category) => ({
      code: category.code,
      label: category.label,
      ...counts([tallies.get(category.code)!], unitizing.get(category.code)!),
    }));
    const total = counts(
      used.map((category) => tallies.get(category.code)!),
      pooledUnitizingAlpha(used.map((category) => unitizing.get(category.code)!)),
    );
    const unused = ofKind.filter((category) => !tallies.has(category.code));
    return { kind, total, categories: rows, unused: unused.map(({ code, label }) => ({ code, label })) };
  }).filter((group) => group.categories.length > 0 || group.unused.length > 0);
}

function tallyCategories(articles: readonly CodedArticle[]): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  const tallyOf = (code: string) => {
    const tally = tallies.get(code) ?? {
      articles: new Set(),
      tags: 0,
      matched: 0,
      unmatched: 0,
      exactMatched: 0,
      exactUnmatched: 0,
    };
    tallies.set(code, tally);
    return tally;
  };
  for (const article of articles) {
    for (const tag of [...article.tagsByCoder.values()].flat()) {
      const tally = tallyOf(tag.code);
      tally.articles.add(article.id);
      tally.tags++;
    }
    for (const [a, b] of coderPairs(article)) {
      const spansA = article.tagsByCoder.get(a.id)!.map(taggedSpan);
      const spansB = article.tagsByCoder.get(b.id)!.map(taggedSpan);
      const half = spanAgreement(spansA, spansB).byCategory;
      const exact = spanAgreement(spansA, spansB, { minOverlap: 1 }).byCategory;
      for (const [code, { matched, onlyA, onlyB }] of Object.entries(half)) {
        tallyOf(code).matched += matched;
        tallyOf(code).unmatched += onlyA + onlyB;
      }
      for (const [code, { matched, onlyA, onlyB }] of Object.entries(exact)) {
        tallyOf(code).exactMatched += matched;
        tallyOf(code).exactUnmatched += onlyA + onlyB;
      }
    }
  }
  return tallies;
}

function counts(tallies: Tally[], unitizing: UnitizingAlpha): SpanCounts {
  const articles = new Set(tallies.flatMap((tally) => [...tally.articles])).size;
  const total = (key: Exclude<keyof Tally, "articles">) => sum(tallies.map((tally) => tally[key]));
  return {
    articles,
    tags: total("tags"),
    matched: total("matched"),
    unmatched: total("unmatched"),
    f1: f1(total("matched"), total("unmatched")),
    exactF1: f1(total("exactMatched"), total("exactUnmatched")),
    unitizing: reliabilityFigure(unitizing.alpha, articles, "Neither reviewer used this category."),
  };
}

function f1(matched: number, unmatched: number): number | null {
  const tagged = 2 * matched + unmatched;
  return tagged === 0 ? null : (2 * matched) / tagged;
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

const taggedSpan = (tag: CodedTagRow): TaggedSpan => ({ category: tag.code, start: tag.start, end: tag.end });

import type { TextSpan } from "../../../lib/annotations/text/span.ts";
import type { CategoryKind } from "../../../lib/db/generated/enums.ts";
import type { GeneratedArticle } from "./generate-article.ts";

export interface BenchCategory {
  id: string;
  kind: CategoryKind;
}

export interface PlannedTag extends TextSpan {
  categoryId: string;
  kind: CategoryKind;
  /** The mentioned actor (BENCH_ACTORS index) for naming tags. */
  actor: number | null;
  attributes: Record<string, unknown>;
}

// How a reviewer's tags of one article split between kinds, and which passages each kind covers.
const SHARE: Record<CategoryKind, number> = { FRAME: 4, ATTRIBUTION: 2, SOURCE_TYPE: 1, LOADED_LANGUAGE: 2, NAMING: 2 };
const PASSAGES: Record<CategoryKind, (article: GeneratedArticle) => (TextSpan & { actor?: number })[]> = {
  FRAME: (article) => article.sentences,
  ATTRIBUTION: (article) => article.quotes,
  SOURCE_TYPE: (article) => article.quotes,
  LOADED_LANGUAGE: (article) => article.loaded,
  NAMING: (article) => article.mentions,
};
const ATTRIBUTES: Record<CategoryKind, Record<string, unknown>> = {
  FRAME: {},
  ATTRIBUTION: { form: "direct_quote", anonymous: false },
  SOURCE_TYPE: {},
  LOADED_LANGUAGE: { direction: "unfavourable" },
  NAMING: {},
};

/**
 * `count` tags spread over the whole article and over every category given, in proportion to how often each
 * kind is used; frames (whole sentences) overlap the attributions, namings and loaded words inside them.
 */
export function planTags(article: GeneratedArticle, categories: BenchCategory[], count: number): PlannedTag[] {
  const kinds = [...new Set(categories.map((category) => category.kind))];
  const shares = kinds.reduce((sum, kind) => sum + SHARE[kind], 0);
  const perKind = kinds.map((kind) => Math.floor((count * SHARE[kind]) / shares));
  perKind[Math.max(0, kinds.indexOf("FRAME"))] += count - perKind.reduce((sum, n) => sum + n, 0);
  const planned = kinds.flatMap((kind, index) => {
    const ofKind = categories.filter((category) => category.kind === kind);
    const passages = spread(PASSAGES[kind](article), perKind[index]);
    return passages.map(({ start, end, actor }, n) => ({
      start,
      end,
      categoryId: ofKind[n % ofKind.length].id,
      kind,
      actor: kind === "NAMING" ? actor! : null,
      attributes: ATTRIBUTES[kind],
    }));
  });
  if (planned.length < count)
    throw new Error(`The article has room for ${planned.length} of ${count} tags: generate more words.`);
  return planned;
}

/** `count` ordinary words that no planned tag touches, evenly spread from the top of the article to its end. */
export function untaggedWords(article: GeneratedArticle, tags: TextSpan[], count: number): TextSpan[] {
  const covered = (word: TextSpan) => tags.some((tag) => tag.start < word.end && word.start < tag.end);
  const free = article.plainWords.filter((word) => !covered(word));
  if (free.length < count) throw new Error(`Only ${free.length} untagged words are left for ${count} new tags.`);
  return spread(free, count);
}

/** `count` items taken at even steps through the list (all of it when it is shorter). */
function spread<T>(list: T[], count: number): T[] {
  const take = Math.min(count, list.length);
  return Array.from({ length: take }, (_, i) => list[Math.floor(((i + 0.5) * list.length) / take)]);
}

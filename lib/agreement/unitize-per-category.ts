import type { CodedArticle } from "./coded-articles.ts";
import { unitizingAlpha, type Section, type UnitizingAlpha } from "./unitizing-alpha.ts";

/**
 * Unitizing alpha of each category over the coded articles. The continuum is the articles end to end, with a break
 * between each two; its two observers are each article's first two reviewers to submit (uα needs every observer to
 * cover the whole continuum, and most articles have exactly two).
 */
export function unitizePerCategory(articles: readonly CodedArticle[], codes: string[]): Map<string, UnitizingAlpha> {
  const starts: number[] = [];
  let length = 0;
  for (const article of articles) {
    starts.push(length);
    length += article.length;
  }
  // Each category's sections of the first and the second reviewer, in one pass over the articles.
  const sections = new Map(codes.map((code): [string, Section[][]] => [code, [[], []]]));
  articles.forEach((article, index) => {
    for (const slot of [0, 1])
      for (const tag of article.tagsByCoder.get(article.coders[slot].id)!)
        sections.get(tag.code)?.[slot].push({ start: starts[index] + tag.start, end: starts[index] + tag.end });
  });
  const breaks = starts.slice(1);
  return new Map(codes.map((code) => [code, unitizingAlpha(length, sections.get(code)!, { breaks })]));
}

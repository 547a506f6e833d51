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
  const sectionsOf = (code: string, slot: number): Section[] =>
    articles.flatMap((article, index) =>
      article.tagsByCoder
        .get(article.coders[slot].id)!
        .filter((tag) => tag.code === code)
        .map((tag) => ({ start: starts[index] + tag.start, end: starts[index] + tag.end })),
    );
  return new Map(
    codes.map((code) => [
      code,
      unitizingAlpha(length, [sectionsOf(code, 0), sectionsOf(code, 1)], { breaks: starts.slice(1) }),
    ]),
  );
}

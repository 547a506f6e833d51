import type { CompareFilters } from "../filters.ts";
import { testGroupDifferences, type GroupDifference, type MixArticle } from "../statistics/permutation-test.ts";
import { listArticleMixes, type ArticleMixRow, type Mix } from "./list-article-mixes.ts";
import { cachedForEvent } from "../cache/cached-for-event.ts";

export interface OutletDifference extends Omit<GroupDifference, "group"> {
  outletId: string;
}

export const testOutletDifferences = cachedForEvent("testOutletDifferences", testOutletDifferencesNow);

/**
 * For each outlet, whether its mix (frames, or voices by actor) differs from the other outlets' pooled: the
 * seeded permutation test over articles of `testGroupDifferences`, p adjusted over the outlets with Holm's method.
 */
async function testOutletDifferencesNow(
  eventId: string,
  filters: CompareFilters,
  mix: Mix,
): Promise<OutletDifference[]> {
  const rows = await listArticleMixes(eventId, filters, mix);
  return testGroupDifferences(mixArticles(rows)).map(({ group, ...difference }) => ({
    outletId: group,
    ...difference,
  }));
}

export function mixArticles(rows: readonly ArticleMixRow[]): MixArticle[] {
  const articles = new Map<string, MixArticle>();
  for (const row of rows) {
    const article = articles.get(row.articleId) ?? { group: row.outletId, counts: {} };
    article.counts[row.key] = (article.counts[row.key] ?? 0) + row.tags;
    articles.set(row.articleId, article);
  }
  return [...articles.values()];
}

import { db } from "../db/client.ts";

export const ARTICLES_PAGE_SIZE = 100;

export function listRecentArticles(limit = ARTICLES_PAGE_SIZE) {
  return db().article.findMany({
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { importedAt: "desc" }],
    take: limit,
    select: {
      id: true,
      title: true,
      byline: true,
      publishedAt: true,
      wordCount: true,
      outlet: { select: { name: true } },
      event: { select: { title: true } },
      syndicatedFrom: { select: { outlet: { select: { name: true } } } },
    },
  });
}

import { db } from "../db/client.ts";

const linkedArticle = {
  id: true,
  title: true,
  publishedAt: true,
  outlet: { select: { name: true } },
} as const;

/** One article with everything its page shows: text, where it came from, and its syndication links. */
export function findArticle(id: string) {
  return db().article.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      byline: true,
      publishedAt: true,
      language: true,
      canonicalUrl: true,
      bodyText: true,
      wordCount: true,
      importedAt: true,
      provenance: true,
      syndicationSimilarity: true,
      outlet: { select: { id: true, name: true } },
      event: { select: { id: true, title: true } },
      batch: { select: { id: true, sourceKind: true, sourceName: true, createdBy: { select: { name: true } } } },
      syndicatedFrom: { select: linkedArticle },
      syndicatedCopies: {
        orderBy: [{ publishedAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
        select: { ...linkedArticle, syndicationSimilarity: true },
      },
    },
  });
}

export type ArticleDetails = NonNullable<Awaited<ReturnType<typeof findArticle>>>;

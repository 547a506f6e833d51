import { db } from "../db/client.ts";

/** An event's articles, ordered by outlet and publication, each with the outlet it copied, if any. */
export function listEventArticles(eventId: string) {
  return db().article.findMany({
    where: { eventId },
    orderBy: [{ outlet: { name: "asc" } }, { publishedAt: { sort: "asc", nulls: "last" } }, { title: "asc" }],
    select: {
      id: true,
      outletId: true,
      title: true,
      byline: true,
      publishedAt: true,
      wordCount: true,
      syndicatedFrom: { select: { id: true, outlet: { select: { name: true } } } },
    },
  });
}

export type EventArticle = Awaited<ReturnType<typeof listEventArticles>>[number];

import { db } from "../db/client.ts";

export interface SyndicationLink {
  similarity: number | null;
  copy: LinkedArticle;
  original: LinkedArticle;
}

export interface LinkedArticle {
  id: string;
  title: string;
  outletName: string;
  publishedAt: Date | null;
  event: { id: string; title: string } | null;
}

/** Every copy → original link with at least one end in the event, originals first by publication. */
export async function listSyndicationLinks(eventId: string): Promise<SyndicationLink[]> {
  const copies = await db().article.findMany({
    where: { syndicatedFromId: { not: null }, OR: [{ eventId }, { syndicatedFrom: { eventId } }] },
    orderBy: [{ syndicatedFrom: { publishedAt: { sort: "asc", nulls: "last" } } }, { publishedAt: "asc" }],
    select: { ...linkedArticleFields, syndicationSimilarity: true, syndicatedFrom: { select: linkedArticleFields } },
  });
  return copies.flatMap(({ syndicationSimilarity, syndicatedFrom, ...copy }) =>
    syndicatedFrom
      ? [
          {
            similarity: syndicationSimilarity,
            copy: linkedArticle(copy),
            original: linkedArticle(syndicatedFrom),
          },
        ]
      : [],
  );
}

const linkedArticleFields = {
  id: true,
  title: true,
  publishedAt: true,
  outlet: { select: { name: true } },
  event: { select: { id: true, title: true } },
} as const;

type LinkedArticleRow = {
  id: string;
  title: string;
  publishedAt: Date | null;
  outlet: { name: string };
  event: { id: string; title: string } | null;
};

function linkedArticle({ outlet, ...article }: LinkedArticleRow): LinkedArticle {
  return { ...article, outletName: outlet.name };
}

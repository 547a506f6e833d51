import { db } from "../../db/client.ts";

/** The article as the tagging workspace shows it: its details, its immutable body and its event. */
export function findWorkspaceArticle(articleId: string) {
  return db().article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      title: true,
      byline: true,
      publishedAt: true,
      language: true,
      bodyText: true,
      eventId: true,
      outlet: { select: { name: true } },
    },
  });
}

export type WorkspaceArticle = NonNullable<Awaited<ReturnType<typeof findWorkspaceArticle>>>;

import { db } from "../../db/client.ts";

/** The reviewer's own article-level form as the workspace edits it; null before their first save. */
export async function findOwnArticleForm(articleId: string, reviewerId: string) {
  return db().articleForm.findUnique({
    where: { articleId_reviewerId_layer: { articleId, reviewerId, layer: "REVIEWER" } },
    select: {
      primaryFrameId: true,
      headlineFrameId: true,
      revision: true,
      tones: { select: { actorId: true, tone: true }, orderBy: { actorId: "asc" } },
    },
  });
}

export type OwnArticleForm = NonNullable<Awaited<ReturnType<typeof findOwnArticleForm>>>;

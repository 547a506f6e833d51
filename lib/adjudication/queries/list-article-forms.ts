import { db } from "../../db/client.ts";

/** The article-level forms of the article: the reviewers' and, once saved, the gold one. */
export async function listArticleForms(articleId: string) {
  const forms = await db().articleForm.findMany({
    where: { articleId },
    select: {
      reviewerId: true,
      layer: true,
      primaryFrameId: true,
      headlineFrameId: true,
      revision: true,
      tones: { select: { actorId: true, tone: true } },
    },
  });
  return {
    reviewer: forms.filter((form) => form.layer === "REVIEWER"),
    gold: forms.find((form) => form.layer === "GOLD") ?? null,
  };
}

export type GoldForm = NonNullable<Awaited<ReturnType<typeof listArticleForms>>["gold"]>;

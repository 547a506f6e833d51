import { db } from "../../db/client.ts";

/** Whether the article's adjudication is started or complete, and by whom; null before it starts. */
export function findAdjudicationState(articleId: string) {
  return db().adjudication.findUnique({
    where: { articleId },
    select: { startedAt: true, completedAt: true, adjudicator: { select: { name: true } } },
  });
}

export type AdjudicationState = NonNullable<Awaited<ReturnType<typeof findAdjudicationState>>>;

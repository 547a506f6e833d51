import type { Prisma } from "../db/generated/client.ts";

/** Submitted reviewers' tags of the article nobody has decided about yet. */
export async function countUndecidedTags(tx: Prisma.TransactionClient, articleId: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ undecided: number }[]>`
    SELECT count(*)::int AS undecided
    FROM annotations n
    JOIN assignments s ON s.article_id = n.article_id AND s.reviewer_id = n.reviewer_id AND s.submitted_at IS NOT NULL
    LEFT JOIN adjudication_decisions d ON d.annotation_id = n.id
    WHERE n.article_id = ${articleId}::uuid AND n.layer = 'REVIEWER' AND d.annotation_id IS NULL`;
  return row?.undecided ?? 0;
}

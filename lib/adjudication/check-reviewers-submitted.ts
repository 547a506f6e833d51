import type { Prisma } from "../db/generated/client.ts";
import { AdjudicationError } from "./adjudication-error.ts";

/**
 * Adjudication compares finished work: refuses an article nobody is assigned to, or one an assigned reviewer
 * is still tagging. Their assignments are held until the transaction ends, so none is taken back meanwhile.
 */
export async function checkReviewersSubmitted(tx: Prisma.TransactionClient, articleId: string): Promise<void> {
  const assignments = await tx.$queryRaw<{ submitted_at: Date | null }[]>`
    SELECT submitted_at FROM assignments WHERE article_id = ${articleId}::uuid FOR SHARE`;
  if (assignments.length === 0)
    throw new AdjudicationError("Nobody has tagged this article: assign it to reviewers first.");
  const open = assignments.filter((assignment) => !assignment.submitted_at).length;
  if (open > 0)
    throw new AdjudicationError(
      `${open === 1 ? "One assigned reviewer has" : `${open} assigned reviewers have`} not submitted this article yet; adjudicate it once everyone has.`,
    );
}

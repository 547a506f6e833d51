import type { Prisma } from "../db/generated/client.ts";
import { AdjudicationError } from "./adjudication-error.ts";
import { checkAdjudicator } from "./check-adjudicator.ts";
import { checkReviewersSubmitted } from "./check-reviewers-submitted.ts";

/**
 * What every change to an article's gold checks first: an adjudicator makes it, the adjudication is started and
 * not completed, and the reviewers have all submitted. The adjudication row stays locked until the transaction
 * ends, so two adjudicators' changes to one article queue instead of deciding a tag twice.
 */
export async function lockOpenAdjudication(
  tx: Prisma.TransactionClient,
  articleId: string,
  adjudicatorId: string,
): Promise<void> {
  await checkAdjudicator(tx, adjudicatorId);
  const [adjudication] = await tx.$queryRaw<{ completed_at: Date | null }[]>`
    SELECT completed_at FROM adjudications WHERE article_id = ${articleId}::uuid FOR UPDATE`;
  if (!adjudication) throw new AdjudicationError("Start adjudicating this article first.");
  if (adjudication.completed_at)
    throw new AdjudicationError("Gold for this article is complete. Reopen it to change anything.");
  await checkReviewersSubmitted(tx, articleId);
}

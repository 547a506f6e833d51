import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import { checkAdjudicator } from "./check-adjudicator.ts";
import { checkReviewersSubmitted } from "./check-reviewers-submitted.ts";

/**
 * Opens an article for adjudication once every assigned reviewer has submitted it. Starting one already
 * started changes nothing, so two editors opening it at once both simply carry on.
 */
export async function startAdjudication(articleId: string, adjudicatorId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    await checkAdjudicator(tx, adjudicatorId);
    await checkReviewersSubmitted(tx, articleId);
    const created = await tx.adjudication.createMany({ data: [{ articleId, adjudicatorId }], skipDuplicates: true });
    if (created.count === 0) return;
    const adjudication = await tx.adjudication.findUniqueOrThrow({ where: { articleId } });
    await recordAudit(tx, {
      actorId: adjudicatorId,
      action: "adjudication.start",
      entityType: "article",
      entityId: articleId,
      after: { adjudicatorId, startedAt: adjudication.startedAt.toISOString() },
    });
  });
}

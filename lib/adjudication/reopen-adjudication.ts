import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import { AdjudicationError } from "./adjudication-error.ts";
import { checkAdjudicator } from "./check-adjudicator.ts";

/** Reopens completed gold for changes; until it is completed again, the article has no complete gold. Audited. */
export async function reopenAdjudication(articleId: string, adjudicatorId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    await checkAdjudicator(tx, adjudicatorId);
    const [adjudication] = await tx.$queryRaw<{ completed_at: Date | null; adjudicator_id: string }[]>`
      SELECT completed_at, adjudicator_id::text FROM adjudications WHERE article_id = ${articleId}::uuid FOR UPDATE`;
    if (!adjudication?.completed_at)
      throw new AdjudicationError("This article's gold is not complete; nothing to reopen.");
    await tx.adjudication.update({ where: { articleId }, data: { completedAt: null } });
    await recordAudit(tx, {
      actorId: adjudicatorId,
      action: "adjudication.reopen",
      entityType: "article",
      entityId: articleId,
      before: { adjudicatorId: adjudication.adjudicator_id, completedAt: adjudication.completed_at.toISOString() },
    });
  });
}

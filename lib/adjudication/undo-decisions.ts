import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import type { Prisma } from "../db/generated/client.ts";
import { AdjudicationError } from "./adjudication-error.ts";
import { deleteGoldTag } from "./delete-gold-tag.ts";
import { lockOpenAdjudication } from "./lock-open-adjudication.ts";
import type { TagsInput } from "./schemas.ts";

/**
 * Takes back what was decided about reviewers' tags, so they are undecided again; a gold tag no remaining
 * decision points at goes with them. One transaction, audited.
 */
export async function undoDecisions({ articleId, annotationIds }: TagsInput, adjudicatorId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    await lockOpenAdjudication(tx, articleId, adjudicatorId);
    for (const annotationId of new Set(annotationIds)) await undoDecision(tx, articleId, annotationId, adjudicatorId);
  });
}

async function undoDecision(tx: Prisma.TransactionClient, articleId: string, annotationId: string, actorId: string) {
  const decision = await tx.adjudicationDecision.findUnique({ where: { annotationId } });
  if (!decision || decision.articleId !== articleId)
    throw new AdjudicationError("That tag has no decision to undo (perhaps undone meanwhile). Reload the page.");
  await tx.adjudicationDecision.delete({ where: { annotationId } });
  await recordAudit(tx, {
    actorId,
    action: "adjudication.undo",
    entityType: "annotation",
    entityId: annotationId,
    before: { verdict: decision.verdict, goldAnnotationId: decision.goldAnnotationId },
  });
  const gold = decision.goldAnnotationId;
  if (gold && (await tx.adjudicationDecision.count({ where: { goldAnnotationId: gold } })) === 0)
    await deleteGoldTag(tx, gold, actorId);
}

import { recordAudit } from "../audit/record-audit.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { ReviewerTag, TagDecision } from "./adjudication-tags.ts";

/** Writes what was decided about a reviewer's tag, replacing an earlier decision, audited with before and after. */
export async function recordDecision(
  tx: Prisma.TransactionClient,
  tag: ReviewerTag,
  decision: TagDecision,
  adjudicatorId: string,
  articleId: string,
): Promise<void> {
  await tx.adjudicationDecision.upsert({
    where: { annotationId: tag.id },
    create: { annotationId: tag.id, articleId, adjudicatorId, ...decision },
    update: { adjudicatorId, decidedAt: new Date(), ...decision },
  });
  await recordAudit(tx, {
    actorId: adjudicatorId,
    action: `adjudication.${decision.verdict.toLowerCase()}`,
    entityType: "annotation",
    entityId: tag.id,
    before: tag.decision ? { ...tag.decision } : undefined,
    after: { ...decision },
  });
}

import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";

/** A reviewer takes an article into their own queue (an assignment they made themselves). */
export async function pickArticle(articleId: string, reviewerId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const created = await tx.assignment.createMany({
      data: [{ articleId, reviewerId, assignedById: reviewerId }],
      skipDuplicates: true,
    });
    if (created.count === 0) return; // already in their queue
    await recordAudit(tx, {
      actorId: reviewerId,
      action: "assignment.pick",
      entityType: "article",
      entityId: articleId,
      after: { reviewerId },
    });
  });
}

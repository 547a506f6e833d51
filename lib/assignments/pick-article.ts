import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import { lockUntilCommit } from "../db/transaction-lock.ts";

/**
 * A reviewer takes an article into their own queue (an assignment they made themselves). Takes the event's
 * assignment lock, so an editor's balanced run over the event never counts the article's reviewers mid-change.
 */
export async function pickArticle(articleId: string, reviewerId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { eventId: true } });
    if (article?.eventId) await lockUntilCommit(tx, [`assignments:${article.eventId}`]);
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

import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import { lockOpenAssignment } from "../annotations/open-assignment.ts";

/** A reviewer declares an article done: their tags become final and count towards agreement. */
export async function submitArticle(articleId: string, reviewerId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    await lockOpenAssignment(tx, articleId, reviewerId);
    const submittedAt = new Date();
    await tx.assignment.update({
      where: { articleId_reviewerId: { articleId, reviewerId } },
      data: { submittedAt },
    });
    await recordAudit(tx, {
      actorId: reviewerId,
      action: "assignment.submit",
      entityType: "article",
      entityId: articleId,
      after: { reviewerId, submittedAt: submittedAt.toISOString() },
    });
  });
}

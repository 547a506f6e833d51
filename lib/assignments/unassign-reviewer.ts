import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import { AssignmentError } from "./assignment-error.ts";

/**
 * Takes an article back from a reviewer who has not submitted it, so it no longer waits on them. Their tags
 * so far are kept: tags are only ever deleted by their author.
 */
export async function unassignReviewer(articleId: string, reviewerId: string, actorId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const [assignment] = await tx.$queryRaw<{ assigned_by_id: string | null; submitted_at: Date | null }[]>`
      SELECT assigned_by_id::text, submitted_at FROM assignments
      WHERE article_id = ${articleId}::uuid AND reviewer_id = ${reviewerId}::uuid FOR UPDATE`;
    if (!assignment) throw new AssignmentError("This reviewer is no longer assigned to that article.");
    if (assignment.submitted_at)
      throw new AssignmentError("This reviewer has submitted the article; submitted work is not taken back.");
    await tx.assignment.delete({ where: { articleId_reviewerId: { articleId, reviewerId } } });
    await recordAudit(tx, {
      actorId,
      action: "assignment.unassign",
      entityType: "article",
      entityId: articleId,
      before: { reviewerId, assignedById: assignment.assigned_by_id },
    });
  });
}

import { lockOpenAssignment } from "../annotations/open-assignment.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";

/**
 * Turns a suggestion down for this reviewer on this article: it is not offered to them there again, while other
 * reviewers still see it. Rejecting twice is one rejection; a submitted article's suggestions are closed.
 */
export async function rejectSuggestion(articleId: string, key: string, reviewerId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    await lockOpenAssignment(tx, articleId, reviewerId);
    const { count } = await tx.suggestionRejection.createMany({
      data: [{ articleId, reviewerId, key }],
      skipDuplicates: true,
    });
    if (count === 0) return;
    await recordAudit(tx, {
      actorId: reviewerId,
      action: "suggestion.reject",
      entityType: "article",
      entityId: articleId,
      after: { key },
    });
  });
}

import { lockOpenAssignment } from "../annotations/open-assignment.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";

/** Takes a rejection back: the suggestion is offered to the reviewer again. One not rejected is left as it is. */
export async function restoreSuggestion(articleId: string, key: string, reviewerId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    await lockOpenAssignment(tx, articleId, reviewerId);
    const { count } = await tx.suggestionRejection.deleteMany({ where: { articleId, reviewerId, key } });
    if (count === 0) return;
    await recordAudit(tx, {
      actorId: reviewerId,
      action: "suggestion.restore",
      entityType: "article",
      entityId: articleId,
      before: { key },
    });
  });
}

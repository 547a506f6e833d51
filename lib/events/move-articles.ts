import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import type { MoveArticlesInput } from "./schemas.ts";

/** Why a move was refused, in words the user can act on; nothing was moved. */
export class MoveArticlesError extends Error {}

/**
 * Files the chosen articles of one event under another, all or none, with one audit entry per article.
 * Returns the target event's title for the confirmation.
 */
export async function moveArticlesToEvent(
  fromEventId: string,
  { articleIds, targetEventId }: MoveArticlesInput,
  actorId: string,
): Promise<{ moved: number; targetTitle: string }> {
  if (targetEventId === fromEventId) throw new MoveArticlesError("The articles are already in this event.");
  const ids = [...new Set(articleIds)];
  return db().$transaction(async (tx) => {
    const target = await tx.event.findUnique({ where: { id: targetEventId }, select: { title: true } });
    if (!target) throw new MoveArticlesError("That event no longer exists; choose another.");
    // Only articles still in the source event move: a stale page must not pull them from elsewhere.
    const { count } = await tx.article.updateMany({
      where: { id: { in: ids }, eventId: fromEventId },
      data: { eventId: targetEventId },
    });
    if (count !== ids.length)
      throw new MoveArticlesError("Some of these articles were moved or deleted meanwhile. Reload and try again.");
    for (const articleId of ids) {
      await recordAudit(tx, {
        actorId,
        action: "article.move",
        entityType: "article",
        entityId: articleId,
        before: { eventId: fromEventId },
        after: { eventId: targetEventId },
      });
    }
    return { moved: count, targetTitle: target.title };
  });
}

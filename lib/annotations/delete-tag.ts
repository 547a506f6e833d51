import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import type { Prisma } from "../db/generated/client.ts";
import { lockOwnTag } from "./change-own-tag.ts";
import { lockOpenAssignment } from "./open-assignment.ts";
import { tagSnapshot } from "./tag-snapshot.ts";

/**
 * Deletes a reviewer's own tag, seen at `revision`; the audit entry keeps it, so undo can restore it. Deleting a
 * tag the reviewer has deleted already does nothing: a second try of a delete whose answer was lost.
 */
export async function deleteTag(tagId: string, revision: number, reviewerId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    if (await deletedBy(tx, tagId, reviewerId)) return;
    const before = await lockOwnTag(tx, tagId, revision, reviewerId);
    await lockOpenAssignment(tx, before.articleId, reviewerId);
    await tx.annotation.delete({ where: { id: tagId } });
    await recordAudit(tx, {
      actorId: reviewerId,
      action: "annotation.delete",
      entityType: "annotation",
      entityId: tagId,
      before: tagSnapshot(before),
    });
  });
}

async function deletedBy(tx: Prisma.TransactionClient, tagId: string, reviewerId: string): Promise<boolean> {
  if (await tx.annotation.findUnique({ where: { id: tagId }, select: { id: true } })) return false;
  const deletion = await tx.auditLog.findFirst({
    where: { entityType: "annotation", entityId: tagId, action: "annotation.delete", actorId: reviewerId },
    select: { id: true },
  });
  return deletion !== null;
}

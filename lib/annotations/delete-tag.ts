import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import { lockOwnTag } from "./change-own-tag.ts";
import { lockOpenAssignment } from "./open-assignment.ts";
import { tagSnapshot } from "./tag-snapshot.ts";

/** Deletes a reviewer's own tag, seen at `revision`; the audit entry keeps it, so undo can restore it. */
export async function deleteTag(tagId: string, revision: number, reviewerId: string): Promise<void> {
  await db().$transaction(async (tx) => {
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

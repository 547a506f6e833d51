import { tagSnapshot } from "../annotations/tag-snapshot.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Prisma } from "../db/generated/client.ts";

/** Deletes a gold tag, audited with what it was. */
export async function deleteGoldTag(tx: Prisma.TransactionClient, goldTagId: string, adjudicatorId: string) {
  const deleted = await tx.annotation.delete({ where: { id: goldTagId, layer: "GOLD" } });
  await recordAudit(tx, {
    actorId: adjudicatorId,
    action: "annotation.delete",
    entityType: "annotation",
    entityId: goldTagId,
    before: tagSnapshot(deleted),
  });
}

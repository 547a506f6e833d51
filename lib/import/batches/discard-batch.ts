import { recordAudit } from "../../audit/record-audit.ts";
import { db } from "../../db/client.ts";
import { lockPreviewForChange, type BatchActor } from "./batch-access.ts";

/** Drops an import that was previewed but will not be saved, with its staged rows. */
export async function discardBatch(batchId: string, actor: BatchActor): Promise<void> {
  await db().$transaction(async (tx) => {
    await lockPreviewForChange(tx, batchId, actor);
    const batch = await tx.importBatch.delete({ where: { id: batchId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "import.discard",
      entityType: "import_batch",
      entityId: batchId,
      before: { source: batch.sourceName, rows: batch.totalRows, createdById: batch.createdById },
    });
  });
}

import { db } from "../../db/client.ts";
import { tryLockBatchSave } from "./batch-save-lock.ts";

/**
 * Confirmed batches whose save is not running anywhere: the app stopped (or was killed) while saving them, or
 * after confirming and before queueing them. Their save's transaction rolled back, so nothing of them is stored;
 * they are marked queued from the start again, and their ids returned for the caller to queue. Saving is safe to
 * repeat (saveStagedBatch skips a batch already saved), so a batch queued twice is saved once.
 */
export async function requeueInterruptedBatches(): Promise<string[]> {
  const confirmed = await db().importBatch.findMany({
    where: { status: { in: ["QUEUED", "RUNNING"] } },
    select: { id: true },
  });
  const interrupted: string[] = [];
  for (const { id } of confirmed) {
    const requeued = await db().$transaction(async (tx) => {
      if (!(await tryLockBatchSave(tx, id))) return false;
      await tx.importBatch.updateMany({
        where: { id, status: { in: ["QUEUED", "RUNNING"] } },
        data: { status: "QUEUED", processedRows: 0 },
      });
      return true;
    });
    if (requeued) interrupted.push(id);
  }
  return interrupted;
}

import type { Prisma } from "../../db/generated/client.ts";
import { lockUntilCommit } from "../../db/transaction-lock.ts";

// One advisory lock per batch, held by the transaction that saves it. Not the batch's row lock: the save
// writes its progress to that row from outside its transaction, and would wait on itself.
const saveKey = (batchId: string) => `import-save:${batchId}`;

/** Waits until no other transaction saves this batch, then holds the batch until this one ends. */
export function lockBatchSave(tx: Prisma.TransactionClient, batchId: string): Promise<void> {
  return lockUntilCommit(tx, [saveKey(batchId)]);
}

/**
 * Takes the batch's save lock if no one holds it, until this transaction ends: true when its save is not
 * running anywhere (a batch marked as saving whose lock is free was cut off, say by a crash).
 */
export async function tryLockBatchSave(tx: Prisma.TransactionClient, batchId: string): Promise<boolean> {
  const [{ free }] = await tx.$queryRaw<{ free: boolean }[]>`
    SELECT pg_try_advisory_xact_lock(hashtextextended(${saveKey(batchId)}, 0)) AS free`;
  return free;
}

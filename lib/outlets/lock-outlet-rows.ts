import type { Prisma } from "../db/generated/client.ts";

/**
 * Locks the outlets' rows until the transaction ends, in id order so that two transactions locking
 * the same pair queue instead of deadlocking. An import storing articles for a locked outlet waits
 * (its foreign-key check needs the row), and so does another edit or merge of it.
 */
export async function lockOutletRows(tx: Prisma.TransactionClient, ids: string[]): Promise<void> {
  await tx.$queryRaw`SELECT id FROM outlets WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE`;
}

import type { Prisma } from "./generated/client.ts";

/**
 * Takes Postgres advisory locks named by `keys`, held until the transaction ends: another transaction
 * asking for any of them waits. Keys are taken in one sorted statement, so two transactions that need
 * overlapping keys queue instead of deadlocking. Call once per transaction and purpose.
 */
export async function lockUntilCommit(tx: Prisma.TransactionClient, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await tx.$executeRaw`
    SELECT pg_advisory_xact_lock(hashtextextended(key, 0))
    FROM (SELECT DISTINCT unnest(${keys}::text[]) AS key ORDER BY key) AS sorted`;
}

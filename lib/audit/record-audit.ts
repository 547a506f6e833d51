import type { Prisma } from "../db/generated/client.ts";

export interface AuditEntry {
  actorId: string | null;
  action: string; // "<entity>.<verb>", e.g. "user.create"
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
}

/** Called with the transaction of the write it describes, so the change and its record land together. */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: entry });
}

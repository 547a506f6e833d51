import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import type { Prisma } from "../db/generated/client.ts";

/** Creates an event inside the caller's transaction, with its audit entry. */
export async function createEvent(
  tx: Prisma.TransactionClient,
  title: string,
  actorId: string | null,
): Promise<string> {
  const event = await tx.event.create({ data: { title, createdById: actorId } });
  await recordAudit(tx, { actorId, action: "event.create", entityType: "event", entityId: event.id, after: { title } });
  return event.id;
}

/** For callers without a transaction of their own (the command-line import). */
export function createStandaloneEvent(title: string, actorId: string | null = null): Promise<string> {
  return db().$transaction((tx) => createEvent(tx, title, actorId));
}

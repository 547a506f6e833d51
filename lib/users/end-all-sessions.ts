import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";

/** Sign out everywhere: every session issued so far, on any device, stops working at its next request. */
export async function endAllSessions(userId: string, actorId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { sessionGeneration: { increment: 1 } } });
    await recordAudit(tx, { actorId, action: "user.sessions_end", entityType: "user", entityId: userId });
  });
}

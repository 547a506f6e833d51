import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";

/** Replaces an event's description (null clears it), with before and after in the audit log. */
export async function updateEventDescription(
  eventId: string,
  description: string | null,
  actorId: string,
): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: { description: true } });
    await tx.event.update({ where: { id: eventId }, data: { description } });
    await recordAudit(tx, {
      actorId,
      action: "event.update",
      entityType: "event",
      entityId: eventId,
      before: { description: before.description },
      after: { description },
    });
  });
}

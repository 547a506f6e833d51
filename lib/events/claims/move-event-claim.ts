import { recordAudit } from "../../audit/record-audit.ts";
import { db } from "../../db/client.ts";
import { lockEventList } from "../actors/event-lists.ts";
import { moveInEventList, type Direction } from "../actors/move-in-event-list.ts";

/** Moves a claim one place up or down the event's list; a move past either end changes nothing. */
export async function moveEventClaim(
  eventId: string,
  claimId: string,
  direction: Direction,
  editorId: string,
): Promise<void> {
  await db().$transaction(async (tx) => {
    await lockEventList(tx, "event_claims", eventId);
    const move = await moveInEventList(tx, "event_claims", eventId, claimId, direction);
    if (!move) return;
    await recordAudit(tx, {
      actorId: editorId,
      action: "event_claim.move",
      entityType: "event_claim",
      entityId: claimId,
      before: { position: move.from },
      after: { position: move.to },
    });
  });
}

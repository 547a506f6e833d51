import { recordAudit } from "../../audit/record-audit.ts";
import { db } from "../../db/client.ts";
import { lockEventList } from "./event-lists.ts";
import { moveInEventList, type Direction } from "./move-in-event-list.ts";

/** Moves an actor one place up or down the event's list; a move past either end changes nothing. */
export async function moveEventActor(
  eventId: string,
  actorId: string,
  direction: Direction,
  editorId: string,
): Promise<void> {
  await db().$transaction(async (tx) => {
    await lockEventList(tx, "event_actors", eventId);
    const move = await moveInEventList(tx, "event_actors", eventId, actorId, direction);
    if (!move) return;
    await recordAudit(tx, {
      actorId: editorId,
      action: "event_actor.move",
      entityType: "event_actor",
      entityId: actorId,
      before: { position: move.from },
      after: { position: move.to },
    });
  });
}

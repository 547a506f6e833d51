import { recordAudit } from "../../audit/record-audit.ts";
import { db } from "../../db/client.ts";
import { plural } from "../../format.ts";
import { ACTOR_SNAPSHOT } from "./actor-snapshot.ts";
import { EventListError } from "./event-list-error.ts";
import { lockEventList } from "./event-lists.ts";

/**
 * Removes an actor no tag uses. Tags pointing at it (passage tags, tone ratings) would lose what they
 * are about, so removal is refused with their count; an actor already gone counts as removed.
 */
export async function removeEventActor(eventId: string, actorId: string, editorId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    await lockEventList(tx, "event_actors", eventId);
    const actor = await tx.eventActor.findFirst({
      where: { id: actorId, eventId },
      select: { ...ACTOR_SNAPSHOT, _count: { select: { annotations: true, tones: true } } },
    });
    if (!actor) return;
    const { _count, ...before } = actor;
    const tags = _count.annotations + _count.tones;
    if (tags > 0)
      throw new EventListError(
        `“${actor.name}” is used by ${plural(tags, "tag")}, so it cannot be removed. Retag those passages first, or rename the actor instead.`,
      );
    await tx.eventActor.delete({ where: { id: actorId } });
    await recordAudit(tx, {
      actorId: editorId,
      action: "event_actor.delete",
      entityType: "event_actor",
      entityId: actorId,
      before: { eventId, ...before },
    });
  });
}

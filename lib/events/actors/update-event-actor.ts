import { recordAudit } from "../../audit/record-audit.ts";
import { db } from "../../db/client.ts";
import { ACTOR_SNAPSHOT, duplicateActorMessage } from "./actor-snapshot.ts";
import { EventListError } from "./event-list-error.ts";
import { lockEventList } from "./event-lists.ts";
import { hasNameClash } from "./name-clash.ts";
import type { ActorInput } from "./schemas.ts";

/** Renames an actor and replaces its aliases; tags keep pointing at it. */
export async function updateEventActor(
  eventId: string,
  actorId: string,
  input: ActorInput,
  editorId: string,
): Promise<void> {
  await db().$transaction(async (tx) => {
    await lockEventList(tx, "event_actors", eventId);
    const before = await tx.eventActor.findFirst({ where: { id: actorId, eventId }, select: ACTOR_SNAPSHOT });
    if (!before) throw new EventListError("This actor is no longer part of the event; reload the page.");
    if (await hasNameClash(tx, "event_actors", eventId, input.name, actorId))
      throw new EventListError(duplicateActorMessage(input.name));
    const after = await tx.eventActor.update({ where: { id: actorId }, data: input, select: ACTOR_SNAPSHOT });
    await recordAudit(tx, {
      actorId: editorId,
      action: "event_actor.update",
      entityType: "event_actor",
      entityId: actorId,
      before,
      after,
    });
  });
}

import { recordAudit } from "../../audit/record-audit.ts";
import { db } from "../../db/client.ts";
import { ACTOR_SNAPSHOT, duplicateActorMessage } from "./actor-snapshot.ts";
import { EventListError } from "./event-list-error.ts";
import { lockEventList } from "./event-lists.ts";
import { hasNameClash } from "./name-clash.ts";
import { nextPosition } from "./next-position.ts";
import type { ActorInput } from "./schemas.ts";

/** Adds an actor at the end of the event's list; a name the event already has (any case) is refused. */
export async function createEventActor(eventId: string, input: ActorInput, editorId: string): Promise<string> {
  return db().$transaction(async (tx) => {
    await lockEventList(tx, "event_actors", eventId);
    if (await hasNameClash(tx, "event_actors", eventId, input.name, null))
      throw new EventListError(duplicateActorMessage(input.name));
    const position = await nextPosition(tx, "event_actors", eventId);
    const actor = await tx.eventActor.create({ data: { eventId, ...input, position }, select: ACTOR_SNAPSHOT });
    await recordAudit(tx, {
      actorId: editorId,
      action: "event_actor.create",
      entityType: "event_actor",
      entityId: actor.id,
      after: { eventId, ...actor },
    });
    return actor.id;
  });
}

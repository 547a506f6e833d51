import { db } from "../../db/client.ts";
import { LIST_ORDER } from "./event-lists.ts";

export interface EventActorItem {
  id: string;
  name: string;
  aliases: string[];
  /** Passage tags and tone ratings that point at the actor: while any do, it cannot be removed. */
  tagCount: number;
}

/** The event's actors in the editors' order, each with how many tags use it (counted in Postgres). */
export async function listEventActors(eventId: string): Promise<EventActorItem[]> {
  const actors = await db().eventActor.findMany({
    where: { eventId },
    orderBy: LIST_ORDER,
    select: { id: true, name: true, aliases: true, _count: { select: { annotations: true, tones: true } } },
  });
  return actors.map(({ _count, ...actor }) => ({ ...actor, tagCount: _count.annotations + _count.tones }));
}

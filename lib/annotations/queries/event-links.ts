import { db } from "../../db/client.ts";

/** The actors and claims of an event that tags may point at; none when the article is under no event. */
export async function eventLinks(eventId: string | null) {
  if (!eventId) return { actors: [], claims: [] };
  const [actors, claims] = await Promise.all([
    db().eventActor.findMany({
      where: { eventId },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, name: true, aliases: true },
    }),
    db().eventClaim.findMany({
      where: { eventId },
      orderBy: [{ position: "asc" }, { label: "asc" }],
      select: { id: true, label: true },
    }),
  ]);
  return { actors, claims };
}

export type EventLinks = Awaited<ReturnType<typeof eventLinks>>;

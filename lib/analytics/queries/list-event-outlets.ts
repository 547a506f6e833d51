import { db } from "../../db/client.ts";

export interface EventOutlet {
  id: string;
  name: string;
  /** All of the event's articles from the outlet, whatever the filters. */
  articles: number;
}

/**
 * The outlets that covered the event, most articles first (then by name), as the event page lists them: the
 * order gives each outlet its colour, so it does not change when filters narrow the comparison.
 */
export function listEventOutlets(eventId: string): Promise<EventOutlet[]> {
  return db().$queryRaw<EventOutlet[]>`
    SELECT o.id::text AS id, o.name, count(*)::int AS articles
    FROM articles a JOIN outlets o ON o.id = a.outlet_id
    WHERE a.event_id = ${eventId}::uuid
    GROUP BY o.id
    ORDER BY articles DESC, o.name`;
}

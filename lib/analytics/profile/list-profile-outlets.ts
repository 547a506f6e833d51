import { db } from "../../db/client.ts";

export interface ProfileOutlet {
  id: string;
  name: string;
  events: number;
  articles: number;
}

/** Outlets with articles filed under an event: the ones a profile can compare with others. */
export function listProfileOutlets(): Promise<ProfileOutlet[]> {
  return db().$queryRaw<ProfileOutlet[]>`
    SELECT o.id::text AS id, o.name, count(DISTINCT a.event_id)::int AS events, count(*)::int AS articles
    FROM articles a JOIN outlets o ON o.id = a.outlet_id
    WHERE a.event_id IS NOT NULL
    GROUP BY o.id
    ORDER BY articles DESC, o.name`;
}

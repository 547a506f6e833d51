import { db } from "../../db/client.ts";
import { profileScopeSql } from "./profile-scope-sql.ts";

export interface OutletEvent {
  eventId: string;
  title: string;
  /** The outlet's articles on the event, and how many of them count (submitted or adjudicated). */
  articles: number;
  counted: number;
  /** Outlets that covered the event, this one included. */
  outlets: number;
}

/** The events an outlet covered, most recent first, with its articles and the other outlets there. */
export function listOutletEvents(outletId: string): Promise<OutletEvent[]> {
  return db().$queryRaw<OutletEvent[]>`
    WITH ${profileScopeSql(outletId)}
    SELECT e.id::text AS "eventId", e.title,
           (count(*) FILTER (WHERE sa.outlet_id = ${outletId}::uuid))::int AS articles,
           (count(*) FILTER (WHERE sa.outlet_id = ${outletId}::uuid AND sa.source IS NOT NULL))::int AS counted,
           count(DISTINCT sa.outlet_id)::int AS outlets
    FROM scope_articles sa
    JOIN events e ON e.id = sa.event_id
    GROUP BY e.id
    ORDER BY max(sa.published_at) DESC NULLS LAST, e.title`;
}

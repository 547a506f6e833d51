import { db } from "../../db/client.ts";
import { DEFAULT_FILTERS } from "../filters.ts";
import { namingsSql } from "../namings-sql.ts";
import { profileScopeSql } from "./profile-scope-sql.ts";

export interface OutletName {
  /** The name as most often written, its case-folded key, and the actor it names. */
  name: string;
  key: string;
  actor: string;
  eventId: string;
  uses: number;
  /** Uses that the same coder also tagged as loaded language. */
  loaded: number;
}

export const PROFILE_NAMES = 12;

/** The names an outlet uses most for the actors of the events it covered, with how many are loaded. */
export function listOutletNames(outletId: string): Promise<OutletName[]> {
  return db().$queryRaw<OutletName[]>`
    WITH ${profileScopeSql(outletId)}, ${namingsSql(DEFAULT_FILTERS.version)}
    SELECT mode() WITHIN GROUP (ORDER BY btrim(n.quoted_text)) AS name, n.name_key AS key, min(a.name) AS actor,
           min(a.event_id::text) AS "eventId",
           sum(n.weight)::float8 AS uses, coalesce(sum(n.weight) FILTER (WHERE n.is_loaded), 0)::float8 AS loaded
    FROM namings n
    JOIN event_actors a ON a.id = n.actor_id
    WHERE n.outlet_id = ${outletId}::uuid
    GROUP BY n.actor_id, n.name_key
    ORDER BY uses DESC, key
    LIMIT ${PROFILE_NAMES}`;
}

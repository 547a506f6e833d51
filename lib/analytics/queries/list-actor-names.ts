import { db } from "../../db/client.ts";
import { chartN, roundWeight, type ChartN } from "../chart-n.ts";
import { countedSql } from "../counted-sql.ts";
import { namingsSql } from "../namings-sql.ts";
import type { CompareFilters } from "../filters.ts";
import { countScope, type EventScope } from "./count-scope.ts";
import { cachedForEvent } from "../cache/cached-for-event.ts";

/** One name an outlet uses for an actor, with how often, and how often that naming is itself loaded language. */
export interface ActorName {
  actorId: string;
  outletId: string;
  /** Case-folded, trimmed, spaces collapsed: the grouping key. */
  key: string;
  /** The spelling the outlet's tags use most. */
  name: string;
  uses: number;
  /** Of the uses, those whose span overlaps a loaded-language tag of the same coder. */
  loaded: number;
  articles: number;
}

export interface ActorNames {
  n: ChartN;
  scope: EventScope;
  names: ActorName[];
}

export const listActorNames = cachedForEvent("listActorNames", listActorNamesNow);

/**
 * How each outlet names each actor: naming tags grouped by actor, outlet and case-folded text. A naming is loaded
 * when the same coder (reviewer, or the gold layer) tagged loaded language overlapping it, e.g. "the mayor's
 * cronies" with "cronies" tagged as a group label.
 */
async function listActorNamesNow(eventId: string, filters: CompareFilters): Promise<ActorNames> {
  const [scope, rows] = await Promise.all([countScope(eventId, filters), nameRows(eventId, filters)]);
  const names = rows.map((row) => ({ ...row, uses: roundWeight(row.uses), loaded: roundWeight(row.loaded) }));
  const tags = names.reduce((sum, name) => sum + name.uses, 0);
  return { n: chartN(scope.total, filters.basis, tags), scope, names };
}

function nameRows(eventId: string, filters: CompareFilters) {
  return db().$queryRaw<ActorName[]>`
    WITH ${countedSql(eventId, filters)}, ${namingsSql(filters.version)}
    SELECT actor_id::text AS "actorId", outlet_id::text AS "outletId", name_key AS key,
           mode() WITHIN GROUP (ORDER BY btrim(quoted_text)) AS name,
           sum(weight)::float8 AS uses, coalesce(sum(weight) FILTER (WHERE is_loaded), 0)::float8 AS loaded,
           count(DISTINCT article_id)::int AS articles
    FROM namings
    WHERE actor_id IS NOT NULL
    GROUP BY actor_id, outlet_id, name_key
    ORDER BY "actorId", "outletId", uses DESC, key`;
}

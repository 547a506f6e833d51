import { cache } from "react";
import { db } from "../../db/client.ts";
import type { ScopeCounts } from "../chart-n.ts";
import { countedSql } from "../counted-sql.ts";
import { comparisonKey, type CompareFilters } from "../filters.ts";
import { shareInFlight } from "../share-in-flight.ts";
import { cachedForEvent } from "../cache/cached-for-event.ts";

export interface OutletScope extends ScopeCounts {
  outletId: string;
  outletName: string;
}

export interface EventScope {
  outlets: OutletScope[];
  total: ScopeCounts;
}

/**
 * Per outlet of the comparison: articles in scope, counted, counted from gold, and untagged; with the totals.
 * Every chart query carries these as its n: within one server render (same event, same filters object) they are
 * counted once and shared, and so are the counts of the same comparison asked for at the same moment.
 */
export const countScope = cache(shareInFlight(comparisonKey, cachedForEvent("countScope", countScopeNow)));

async function countScopeNow(eventId: string, filters: CompareFilters): Promise<EventScope> {
  const rows = await db().$queryRaw<(OutletScope & { outletId: string | null })[]>`
    WITH ${countedSql(eventId, filters)}
    SELECT sa.outlet_id::text AS "outletId", min(o.name) AS "outletName",
           count(*)::int AS "inScope",
           count(*) FILTER (WHERE sa.source IS NOT NULL)::int AS counted,
           count(*) FILTER (WHERE sa.source = 'gold')::int AS gold,
           count(*) FILTER (WHERE sa.submitted_reviewers = 0 AND NOT sa.adjudicated)::int AS untagged
    FROM scope_articles sa
    JOIN outlets o ON o.id = sa.outlet_id
    GROUP BY GROUPING SETS ((sa.outlet_id), ())
    ORDER BY GROUPING(sa.outlet_id), "outletName"`;
  const total = rows.find((row) => row.outletId === null);
  return {
    outlets: rows.filter((row): row is OutletScope => row.outletId !== null),
    total: total
      ? { inScope: total.inScope, counted: total.counted, gold: total.gold, untagged: total.untagged }
      : { inScope: 0, counted: 0, gold: 0, untagged: 0 },
  };
}

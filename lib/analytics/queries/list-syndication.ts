import { db } from "../../db/client.ts";
import type { CompareFilters } from "../filters.ts";
import { cachedForEvent } from "../cache/cached-for-event.ts";

/** Copies of one outlet's story that another outlet ran (the import's syndication link), within the event. */
export interface SyndicationCell {
  /** The outlet whose article is the earliest stored copy. */
  originalOutletId: string;
  /** The outlet that ran it again. */
  copyOutletId: string;
  copies: number;
  /** The first few copies, earliest first, to open. */
  examples: { articleId: string; title: string }[];
}

export const SYNDICATION_EXAMPLES = 3;

export const listSyndication = cachedForEvent("listSyndication", listSyndicationNow);

/**
 * Which outlets ran the same wire copy: per pair of outlets, the event's articles whose syndication link points to
 * an article of the other outlet in the same event. The outlet and date filters apply to the copy and (outlets)
 * to the original; the copies filter does not, since this table is where copies are shown.
 */
function listSyndicationNow(eventId: string, filters: CompareFilters): Promise<SyndicationCell[]> {
  const outlets = filters.outlets.length ? filters.outlets : null;
  return db().$queryRaw<SyndicationCell[]>`
    SELECT o.outlet_id::text AS "originalOutletId", c.outlet_id::text AS "copyOutletId", count(*)::int AS copies,
           (array_agg(json_build_object('articleId', c.id, 'title', c.title) ORDER BY c.published_at NULLS LAST, c.id))
             [1:${SYNDICATION_EXAMPLES}] AS examples
    FROM articles c
    JOIN articles o ON o.id = c.syndicated_from_id AND o.event_id = c.event_id
    WHERE c.event_id = ${eventId}::uuid
      AND (${outlets}::uuid[] IS NULL OR (c.outlet_id = ANY(${outlets}::uuid[]) AND o.outlet_id = ANY(${outlets}::uuid[])))
      AND (${filters.from}::date IS NULL OR c.published_at >= (${filters.from}::date::timestamp AT TIME ZONE 'UTC'))
      AND (${filters.to}::date IS NULL OR c.published_at < ((${filters.to}::date + 1)::timestamp AT TIME ZONE 'UTC'))
    GROUP BY o.outlet_id, c.outlet_id
    ORDER BY copies DESC, "originalOutletId", "copyOutletId"`;
}

import { db } from "../db/client.ts";
import type { SyndicatedCounting } from "./queries.ts";

export interface DailyOutletCount {
  /** The UTC day, YYYY-MM-DD. */
  day: string;
  outletId: string;
  outletName: string;
  articles: number;
}

export interface PublicationTimeline {
  /** Every day from the first publication to the last, including days nobody published. */
  days: string[];
  counts: DailyOutletCount[];
  /** Articles counted in this mode that have no publication date, so no place on the timeline. */
  undated: number;
}

interface TimelineRow {
  day: string | null;
  outlet_id: string | null;
  outlet_name: string | null;
  articles: number | null;
  undated: number;
}

/**
 * Articles per UTC day per outlet, counted in Postgres with the same rule as the events list: counting
 * once leaves out copies whose original is in the same event. One row per day and outlet that published,
 * one with no outlet for a day nobody did; every row carries the undated count.
 */
export async function countArticlesPerDay(eventId: string, counting: SyndicatedCounting): Promise<PublicationTimeline> {
  const rows = await db().$queryRaw<TimelineRow[]>`
    WITH counted AS (
      SELECT a.outlet_id, (a.published_at AT TIME ZONE 'UTC')::date AS day
      FROM articles a
      LEFT JOIN articles original ON original.id = a.syndicated_from_id AND original.event_id = a.event_id
      WHERE a.event_id = ${eventId}::uuid AND (${counting === "per-outlet"} OR original.id IS NULL)
    ), per_day AS (
      SELECT day, outlet_id, count(*)::int AS articles FROM counted WHERE day IS NOT NULL GROUP BY day, outlet_id
    ), span AS (
      SELECT generate_series(min(day), max(day), interval '1 day')::date AS day FROM counted
    )
    SELECT to_char(days.day, 'YYYY-MM-DD') AS day, days.outlet_id, days.outlet_name, days.articles, totals.undated
    FROM (SELECT (count(*) FILTER (WHERE day IS NULL))::int AS undated FROM counted) totals
    LEFT JOIN (
      SELECT span.day, o.id AS outlet_id, o.name AS outlet_name, per_day.articles
      FROM span
      LEFT JOIN per_day ON per_day.day = span.day
      LEFT JOIN outlets o ON o.id = per_day.outlet_id
    ) days ON true
    ORDER BY days.day, days.outlet_name`;
  return {
    days: [...new Set(rows.flatMap((row) => (row.day ? [row.day] : [])))],
    counts: rows.flatMap((row) =>
      row.day && row.outlet_id && row.outlet_name && row.articles
        ? [{ day: row.day, outletId: row.outlet_id, outletName: row.outlet_name, articles: row.articles }]
        : [],
    ),
    undated: rows[0]?.undated ?? 0,
  };
}

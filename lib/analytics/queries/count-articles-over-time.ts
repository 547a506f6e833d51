import { db } from "../../db/client.ts";
import { countedSql } from "../counted-sql.ts";
import type { CompareFilters } from "../filters.ts";
import { countScope, type EventScope } from "./count-scope.ts";
import { cachedForEvent } from "../cache/cached-for-event.ts";

export type TimeUnit = "day" | "week" | "month";

export interface TimeBucket {
  /** The bucket's first UTC day (a Monday for weeks, the 1st for months), YYYY-MM-DD. */
  start: string;
  /** Its last UTC day, for a date filter. */
  end: string;
  outletId: string;
  articles: number;
}

export interface ArticlesOverTime {
  scope: EventScope;
  unit: TimeUnit;
  /** Every bucket from the first article to the last, each outlet with articles in it; empty buckets have none. */
  starts: string[];
  buckets: TimeBucket[];
  /** Articles in scope without a publication date, per outlet. */
  undated: { outletId: string; articles: number }[];
}

/** No chart draws more than about this many marks: longer ranges get coarser buckets. */
export const MAX_MARKS = 1000;

export const countArticlesOverTime = cachedForEvent("countArticlesOverTime", countArticlesOverTimeNow);

/**
 * Articles in scope per UTC day and outlet (every article the filters keep, tagged or not), computed in Postgres.
 * The bucket is the smallest of day, week and month that keeps buckets × outlets within MAX_MARKS.
 */
async function countArticlesOverTimeNow(eventId: string, filters: CompareFilters): Promise<ArticlesOverTime> {
  const [scope, rows] = await Promise.all([
    countScope(eventId, filters),
    db().$queryRaw<(Omit<TimeBucket, "outletId"> & { outletId: string | null; unit: TimeUnit })[]>`
      WITH ${countedSql(eventId, filters)},
      bounds AS (
        SELECT min(published_at AT TIME ZONE 'UTC')::date AS first, max(published_at AT TIME ZONE 'UTC')::date AS last,
               greatest(count(DISTINCT outlet_id), 1) AS outlets
        FROM scope_articles WHERE published_at IS NOT NULL
      ),
      unit AS (
        SELECT CASE WHEN (last - first + 1) * outlets <= ${MAX_MARKS} THEN 'day'
                    WHEN ((last - first) / 7 + 2) * outlets <= ${MAX_MARKS} THEN 'week'
                    ELSE 'month' END AS unit, first, last
        FROM bounds WHERE first IS NOT NULL
      ),
      series AS (
        SELECT s::date AS start, (s + ('1 ' || u.unit)::interval - interval '1 day')::date AS "end", u.unit
        FROM unit u, generate_series(date_trunc(u.unit, u.first::timestamp), u.last::timestamp, ('1 ' || u.unit)::interval) s
      )
      SELECT to_char(s.start, 'YYYY-MM-DD') AS start, to_char(s."end", 'YYYY-MM-DD') AS "end", s.unit,
             sa.outlet_id::text AS "outletId", count(sa.article_id)::int AS articles
      FROM series s
      LEFT JOIN scope_articles sa
        ON sa.published_at IS NOT NULL AND date_trunc(s.unit, sa.published_at AT TIME ZONE 'UTC')::date = s.start
      GROUP BY s.start, s."end", s.unit, sa.outlet_id
      UNION ALL
      SELECT NULL, NULL, NULL, outlet_id::text, count(*)::int FROM scope_articles WHERE published_at IS NULL GROUP BY outlet_id
      ORDER BY 1, 4`,
  ]);
  const dated = rows.filter((row) => row.start !== null);
  return {
    scope,
    unit: dated[0]?.unit ?? "day",
    starts: [...new Set(dated.map((row) => row.start))],
    buckets: dated
      .filter((row): row is typeof row & { outletId: string } => row.outletId !== null)
      .map(({ unit: _, ...bucket }) => bucket),
    undated: rows
      .filter((row) => row.start === null)
      .map((row) => ({ outletId: row.outletId!, articles: row.articles })),
  };
}

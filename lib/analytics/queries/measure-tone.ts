import { db } from "../../db/client.ts";
import { chartN, roundWeight, type ChartN } from "../chart-n.ts";
import { countedSql } from "../counted-sql.ts";
import type { CompareFilters } from "../filters.ts";
import { THIN_ARTICLES } from "../statistics/thin-data.ts";
import { countScope, type EventScope } from "./count-scope.ts";
import { cachedForEvent } from "../cache/cached-for-event.ts";

/** Tone toward one actor in one outlet's counted articles, on the article form's scale −2 (hostile) … +2. */
export interface ToneCell {
  outletId: string;
  actorId: string;
  /** Σ weight × tone / Σ weight over the counted forms: two reviewers' tones of one article are averaged. */
  mean: number;
  /** The spread across articles of each article's tone (its coders' average): extremes and quartiles. */
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  articles: number;
  /** Weighted forms that rated the actor: 1 per gold or fully rated article, 1/2 for one of two reviewers. */
  forms: number;
  /** Fewer than 3 rated articles. */
  thin: boolean;
}

export interface Tone {
  n: ChartN;
  scope: EventScope;
  cells: ToneCell[];
}

export const measureTone = cachedForEvent("measureTone", measureToneNow);

/**
 * Tone toward each actor per outlet from the counted article forms: the weighted mean, and the quartiles and
 * extremes of the per-article tones, all computed in Postgres. An article whose coders left an actor unrated is
 * not in that actor's numbers.
 */
async function measureToneNow(eventId: string, filters: CompareFilters): Promise<Tone> {
  const [scope, rows] = await Promise.all([
    countScope(eventId, filters),
    db().$queryRaw<Omit<ToneCell, "thin">[]>`
      WITH ${countedSql(eventId, filters)},
      article_tones AS (
        SELECT f.outlet_id, f.article_id, t.actor_id,
               sum(f.weight * t.tone) / sum(f.weight) AS tone, sum(f.weight) AS weight
        FROM counted_forms f
        JOIN article_tones t ON t.form_id = f.form_id
        GROUP BY f.outlet_id, f.article_id, t.actor_id
      )
      SELECT outlet_id::text AS "outletId", actor_id::text AS "actorId",
             (sum(tone * weight) / sum(weight))::float8 AS mean,
             min(tone)::float8 AS min, max(tone)::float8 AS max,
             percentile_cont(0.25) WITHIN GROUP (ORDER BY tone)::float8 AS q1,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY tone)::float8 AS median,
             percentile_cont(0.75) WITHIN GROUP (ORDER BY tone)::float8 AS q3,
             count(*)::int AS articles, sum(weight)::float8 AS forms
      FROM article_tones
      GROUP BY outlet_id, actor_id
      ORDER BY "outletId", "actorId"`,
  ]);
  const cells = rows.map((row) => ({
    ...row,
    forms: roundWeight(row.forms),
    thin: row.articles < THIN_ARTICLES,
  }));
  return {
    n: chartN(
      scope.total,
      filters.basis,
      cells.reduce((sum, cell) => sum + cell.forms, 0),
    ),
    scope,
    cells,
  };
}

import { db } from "../../db/client.ts";
import { attributionsSql } from "../attributions-sql.ts";
import { chartN, roundWeight, type ChartN } from "../chart-n.ts";
import { countedSql } from "../counted-sql.ts";
import type { CompareFilters } from "../filters.ts";
import { countScope, type EventScope } from "./count-scope.ts";
import { cachedForEvent } from "../cache/cached-for-event.ts";

export interface VerbCount {
  verb: string;
  tags: number;
}

/** How one outlet reports one actor's speakers: evaluative reporting verbs ("claimed", "insisted") against all. */
export interface EvaluativeCell {
  outletId: string;
  /** Null: attributions linked to no actor. */
  actorId: string | null;
  /** Weighted attributions whose verb class is given, and of them the evaluative ones. */
  classified: number;
  evaluative: number;
  articles: number;
  /** The evaluative verbs used, most used first. */
  verbs: VerbCount[];
}

export interface EvaluativeVerbs {
  /** Its tags: attributions whose verb class is given. */
  n: ChartN;
  scope: EventScope;
  cells: EvaluativeCell[];
}

export const countEvaluativeVerbs = cachedForEvent("countEvaluativeVerbs", countEvaluativeVerbsNow);

/** Evaluative reporting verbs per actor and outlet, the classic sign of slant in attribution, summed in Postgres. */
async function countEvaluativeVerbsNow(eventId: string, filters: CompareFilters): Promise<EvaluativeVerbs> {
  const [scope, rows] = await Promise.all([countScope(eventId, filters), verbRows(eventId, filters)]);
  const cells = rows.map((row) => ({
    ...row,
    classified: roundWeight(row.classified),
    evaluative: roundWeight(row.evaluative),
    verbs: row.verbs.map((verb) => ({ verb: verb.verb, tags: roundWeight(verb.tags) })),
  }));
  const tags = cells.reduce((sum, cell) => sum + cell.classified, 0);
  return { n: chartN(scope.total, filters.basis, tags), scope, cells };
}

// Each cell's verb list is aggregated once and joined by the cell's key; a correlated subquery per cell rescanned
// every attribution for each of them.
function verbRows(eventId: string, filters: CompareFilters) {
  return db().$queryRaw<EvaluativeCell[]>`
    WITH ${countedSql(eventId, filters)}, ${attributionsSql},
    verbs AS (
      SELECT outlet_id, actor_id, verb, sum(weight)::float8 AS tags
      FROM attributions
      WHERE verb_class = 'evaluative' AND verb IS NOT NULL
      GROUP BY outlet_id, actor_id, verb
    ),
    verb_lists AS (
      SELECT outlet_id, coalesce(actor_id::text, '') AS actor_key,
             json_agg(json_build_object('verb', verb, 'tags', tags) ORDER BY tags DESC, verb) AS verbs
      FROM verbs
      GROUP BY outlet_id, actor_id
    ),
    cells AS (
      SELECT outlet_id, actor_id,
             coalesce(sum(weight) FILTER (WHERE verb_class IS NOT NULL), 0)::float8 AS classified,
             coalesce(sum(weight) FILTER (WHERE verb_class = 'evaluative'), 0)::float8 AS evaluative,
             count(DISTINCT article_id)::int AS articles
      FROM attributions
      GROUP BY outlet_id, actor_id
    )
    SELECT c.outlet_id::text AS "outletId", c.actor_id::text AS "actorId", c.classified, c.evaluative, c.articles,
           coalesce(l.verbs, '[]') AS verbs
    FROM cells c
    LEFT JOIN verb_lists l ON l.outlet_id = c.outlet_id AND l.actor_key = coalesce(c.actor_id::text, '')
    ORDER BY "outletId", "actorId"`;
}

import { db } from "../../db/client.ts";
import { attributionsSql } from "../attributions-sql.ts";
import { chartN, roundWeight, type ChartN } from "../chart-n.ts";
import { countedSql } from "../counted-sql.ts";
import type { CompareFilters } from "../filters.ts";
import { countScope, type EventScope } from "./count-scope.ts";

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

/** Evaluative reporting verbs per actor and outlet, the classic sign of slant in attribution, summed in Postgres. */
export async function countEvaluativeVerbs(eventId: string, filters: CompareFilters): Promise<EvaluativeVerbs> {
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

function verbRows(eventId: string, filters: CompareFilters) {
  return db().$queryRaw<EvaluativeCell[]>`
    WITH ${countedSql(eventId, filters)}, ${attributionsSql},
    verbs AS (
      SELECT outlet_id, actor_id, verb, sum(weight)::float8 AS tags
      FROM attributions
      WHERE verb_class = 'evaluative' AND verb IS NOT NULL
      GROUP BY outlet_id, actor_id, verb
    )
    SELECT a.outlet_id::text AS "outletId", a.actor_id::text AS "actorId",
           coalesce(sum(a.weight) FILTER (WHERE a.verb_class IS NOT NULL), 0)::float8 AS classified,
           coalesce(sum(a.weight) FILTER (WHERE a.verb_class = 'evaluative'), 0)::float8 AS evaluative,
           count(DISTINCT a.article_id)::int AS articles,
           coalesce((SELECT json_agg(json_build_object('verb', v.verb, 'tags', v.tags) ORDER BY v.tags DESC, v.verb)
                     FROM verbs v
                     WHERE v.outlet_id = a.outlet_id AND v.actor_id IS NOT DISTINCT FROM a.actor_id), '[]') AS verbs
    FROM attributions a
    GROUP BY a.outlet_id, a.actor_id
    ORDER BY "outletId", "actorId"`;
}

import { db } from "../../db/client.ts";
import { attributionsSql } from "../attributions-sql.ts";
import { chartN, roundWeight, type ChartN } from "../chart-n.ts";
import { countedSql } from "../counted-sql.ts";
import type { CompareFilters } from "../filters.ts";
import { leadEndSql } from "../lead-sql.ts";
import { countScope, type EventScope } from "./count-scope.ts";
import { cachedForEvent } from "../cache/cached-for-event.ts";

/** One way an outlet carried a claim: in which form, from whom, where in the article, with which verb. */
export interface ClaimCarriage {
  form: string | null;
  speaker: string | null;
  speakerType: string | null;
  actorId: string | null;
  /** In the first paragraph (the lead), or later. */
  inLead: boolean;
  verb: string | null;
  verbClass: string | null;
  tags: number;
  articles: number;
}

/**
 * One claim in one outlet. `carried`: attribution tags link it (their ways listed). `omitted`: the outlet has
 * counted articles and none of their counted attribution tags links the claim, a measured result. `untagged`:
 * the outlet has no counted article, so nothing can be said.
 */
export interface ClaimCell {
  claimId: string;
  outletId: string;
  status: "carried" | "omitted" | "untagged";
  /** Weighted attribution tags linking the claim, and the articles they are in. */
  tags: number;
  articles: number;
  /** The outlet's counted articles: "carried in 1 of 3", "omitted in all 3". */
  countedArticles: number;
  ways: ClaimCarriage[];
}

export interface ClaimsAcrossOutlets {
  n: ChartN;
  scope: EventScope;
  claims: { id: string; label: string; detail: string | null }[];
  /** Every claim × every outlet in scope, claims in the editors' order. */
  cells: ClaimCell[];
}

interface Row extends ClaimCarriage {
  claimId: string;
  outletId: string;
  total: boolean;
}

export const traceClaims = cachedForEvent("traceClaims", traceClaimsNow);

/**
 * Claims across outlets: the counted attribution tags linked to each event claim, grouped by outlet and by how
 * they carry it (form, speaker, actor, lead or later, verb), with each claim-outlet cell's totals from the same
 * GROUPING SETS pass; then every claim × outlet cell says carried, omitted, or untagged (nothing counted).
 */
async function traceClaimsNow(eventId: string, filters: CompareFilters): Promise<ClaimsAcrossOutlets> {
  const [scope, claims, rows] = await Promise.all([
    countScope(eventId, filters),
    db().eventClaim.findMany({ where: { eventId }, orderBy: [{ position: "asc" }, { label: "asc" }] }),
    claimRows(eventId, filters),
  ]);
  const carried = carriedCells(rows);
  const cells = claims.flatMap((claim) =>
    scope.outlets.map((outlet): ClaimCell => {
      const cell = carried.get(`${claim.id} ${outlet.outletId}`);
      const status = cell ? "carried" : outlet.counted > 0 ? "omitted" : "untagged";
      const base = { claimId: claim.id, outletId: outlet.outletId, countedArticles: outlet.counted };
      return { ...base, status, tags: cell?.tags ?? 0, articles: cell?.articles ?? 0, ways: cell?.ways ?? [] };
    }),
  );
  const tags = cells.reduce((sum, cell) => sum + cell.tags, 0);
  return {
    n: chartN(scope.total, filters.basis, tags),
    scope,
    claims: claims.map(({ id, label, detail }) => ({ id, label, detail })),
    cells,
  };
}

function claimRows(eventId: string, filters: CompareFilters) {
  return db().$queryRaw<Row[]>`
    WITH ${countedSql(eventId, filters)}, ${attributionsSql},
    claimed AS (
      SELECT t.*, coalesce(t.start_offset < lead.lead_end, true) AS in_lead
      FROM attributions t
      JOIN articles a ON a.id = t.article_id
      CROSS JOIN LATERAL (SELECT ${leadEndSql} AS lead_end) lead
      WHERE t.claim_id IS NOT NULL
    )
    SELECT claim_id::text AS "claimId", outlet_id::text AS "outletId", GROUPING(form) = 1 AS total,
           form, mode() WITHIN GROUP (ORDER BY speaker) AS speaker, speaker_type AS "speakerType",
           actor_id::text AS "actorId", in_lead AS "inLead", verb, verb_class AS "verbClass",
           sum(weight)::float8 AS tags, count(DISTINCT article_id)::int AS articles
    FROM claimed
    GROUP BY GROUPING SETS (
      (claim_id, outlet_id, form, speaker_key, speaker_type, actor_id, in_lead, verb, verb_class),
      (claim_id, outlet_id)
    )
    ORDER BY "claimId", "outletId", total DESC, tags DESC, "inLead" DESC, form, speaker`;
}

type Carried = Pick<ClaimCell, "tags" | "articles" | "ways">;

function carriedCells(rows: Row[]): Map<string, Carried> {
  const cells = new Map<string, Carried>();
  for (const { claimId, outletId, total, ...way } of rows) {
    const key = `${claimId} ${outletId}`;
    if (total) cells.set(key, { tags: roundWeight(way.tags), articles: way.articles, ways: [] });
    else cells.get(key)!.ways.push({ ...way, tags: roundWeight(way.tags) });
  }
  return cells;
}

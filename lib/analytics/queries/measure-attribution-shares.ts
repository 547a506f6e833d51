import { db } from "../../db/client.ts";
import { attributionsSql } from "../attributions-sql.ts";
import { chartN, roundWeight, type ChartN } from "../chart-n.ts";
import { countedSql } from "../counted-sql.ts";
import type { CompareFilters } from "../filters.ts";
import { bootstrapShares, type ArticleCounts, type ShareEstimate } from "../statistics/bootstrap-share.ts";
import { isThin } from "../statistics/thin-data.ts";
import { countScope, type EventScope } from "./count-scope.ts";
import { cachedForEvent } from "../cache/cached-for-event.ts";

export const ATTRIBUTION_SHARES = ["anonymous", "unattributed", "direct"] as const;
export type AttributionShare = (typeof ATTRIBUTION_SHARES)[number];

export interface ShareCell extends ShareEstimate {
  /** Weighted tags in the numerator and the denominator. */
  part: number;
  whole: number;
  thin: boolean;
}

export interface OutletShares {
  outletId: string;
  /** Counted articles of the outlet: the units the bootstrap resamples. */
  articles: number;
  /** Of sourced attributions (quoted or paraphrased), the share whose speaker is withheld. */
  anonymous: ShareCell;
  /** Of all attributions, the share of claims made with no source or only a vague one. */
  unattributed: ShareCell;
  /** Of quotes and paraphrases, the share quoted directly (the rest is indirect speech). */
  direct: ShareCell;
}

export interface AttributionShares {
  n: ChartN;
  scope: EventScope;
  /** Outlets with counted articles. */
  outlets: OutletShares[];
}

interface ArticleRow {
  outletId: string;
  sourced: number;
  anonymous: number;
  unattributed: number;
  direct: number;
  indirect: number;
  all: number;
}

export const measureAttributionShares = cachedForEvent("measureAttributionShares", measureAttributionSharesNow);

/**
 * Per outlet, the share of anonymous sources, of unattributed claims and of direct against indirect quotes, each
 * with a 95% bootstrap interval over the outlet's counted articles. Postgres sums each article's weighted tags;
 * the resampling of those per-article counts happens here.
 */
async function measureAttributionSharesNow(eventId: string, filters: CompareFilters): Promise<AttributionShares> {
  const [scope, rows] = await Promise.all([countScope(eventId, filters), articleRows(eventId, filters)]);
  const byOutlet = new Map<string, ArticleRow[]>();
  for (const row of rows) {
    const outlet = byOutlet.get(row.outletId);
    if (outlet) outlet.push(row);
    else byOutlet.set(row.outletId, [row]);
  }
  const outlets = [...byOutlet].map(([outletId, articles]) => {
    const [anonymous, unattributed, direct] = shareCells([
      articles.map((a) => ({ part: a.anonymous, whole: a.sourced })),
      articles.map((a) => ({ part: a.unattributed, whole: a.all })),
      articles.map((a) => ({ part: a.direct, whole: a.direct + a.indirect })),
    ]);
    return { outletId, articles: articles.length, anonymous, unattributed, direct };
  });
  const tags = outlets.reduce((sum, outlet) => sum + outlet.unattributed.whole, 0);
  return { n: chartN(scope.total, filters.basis, tags), scope, outlets };
}

function articleRows(eventId: string, filters: CompareFilters) {
  return db().$queryRaw<ArticleRow[]>`
    WITH ${countedSql(eventId, filters)}, ${attributionsSql}
    SELECT sa.outlet_id::text AS "outletId",
           coalesce(sum(t.weight) FILTER (WHERE t.form <> 'unattributed'), 0)::float8 AS sourced,
           coalesce(sum(t.weight) FILTER (WHERE t.form <> 'unattributed' AND t.anonymous), 0)::float8 AS anonymous,
           coalesce(sum(t.weight) FILTER (WHERE t.form = 'unattributed'), 0)::float8 AS unattributed,
           coalesce(sum(t.weight) FILTER (WHERE t.form = 'direct_quote'), 0)::float8 AS direct,
           coalesce(sum(t.weight) FILTER (WHERE t.form = 'indirect'), 0)::float8 AS indirect,
           coalesce(sum(t.weight), 0)::float8 AS "all"
    FROM scope_articles sa
    LEFT JOIN attributions t ON t.article_id = sa.article_id
    WHERE sa.source IS NOT NULL
    GROUP BY sa.outlet_id, sa.article_id
    ORDER BY "outletId", sa.article_id`;
}

// The three shares resample the same articles, so their draws are made once for all three.
function shareCells(columns: ArticleCounts[][]): ShareCell[] {
  const estimates = bootstrapShares(columns);
  return columns.map((articles, index) => {
    const part = roundWeight(articles.reduce((sum, article) => sum + article.part, 0));
    const whole = roundWeight(articles.reduce((sum, article) => sum + article.whole, 0));
    const tagged = articles.filter((article) => article.whole > 0).length;
    return { ...estimates[index], part, whole, thin: isThin({ articles: tagged, tags: whole }) };
  });
}

import { db } from "../../db/client.ts";
import { chartN, roundWeight, type ChartN } from "../chart-n.ts";
import { countedSql } from "../counted-sql.ts";
import type { CompareFilters } from "../filters.ts";
import { bootstrapDensities, type DensityEstimate } from "../statistics/bootstrap-density.ts";
import type { ArticleCounts } from "../statistics/bootstrap-share.ts";
import { isThin } from "../statistics/thin-data.ts";
import { countScope, type EventScope } from "./count-scope.ts";
import { cachedForEvent } from "../cache/cached-for-event.ts";

/** Version 2 records whether wording favours or disfavours its target; version 1 tags leave it `unstated`. */
export const LOADED_DIRECTIONS = ["unfavourable", "favourable", "unstated"] as const;
export type LoadedDirection = (typeof LOADED_DIRECTIONS)[number];

export interface DensityCell extends DensityEstimate {
  /** Weighted loaded-language tags behind the density. */
  tags: number;
  thin: boolean;
}

export interface LoadedTarget {
  /** The actor the wording is aimed at; null when the tag names none. */
  actorId: string | null;
  densities: Record<LoadedDirection, DensityCell>;
}

export interface OutletLoadedLanguage {
  outletId: string;
  /** Counted articles and their words: the denominator of every density of the outlet. */
  articles: number;
  words: number;
  /** All loaded language of the outlet, by direction. */
  densities: Record<LoadedDirection, DensityCell>;
  /** By the actor it is aimed at, actors with at least one tag. */
  targets: LoadedTarget[];
}

export interface LoadedLanguage {
  n: ChartN;
  scope: EventScope;
  outlets: OutletLoadedLanguage[];
}

interface Row {
  outletId: string;
  articleId: string;
  words: number;
  actorId: string | null;
  direction: LoadedDirection | null;
  tags: number;
}

export const measureLoadedLanguage = cachedForEvent("measureLoadedLanguage", measureLoadedLanguageNow);

/**
 * Loaded language per 1,000 words of each outlet's counted articles, by direction and by the actor it is aimed at,
 * each with a 95% bootstrap interval over the outlet's articles (all of them, tagged or not: an article without
 * loaded language is part of the outlet's text). Postgres sums each article's weighted tags per actor and
 * direction; the resampling happens here.
 */
async function measureLoadedLanguageNow(eventId: string, filters: CompareFilters): Promise<LoadedLanguage> {
  const [scope, rows] = await Promise.all([countScope(eventId, filters), articleRows(eventId, filters)]);
  const byOutlet = new Map<string, Row[]>();
  for (const row of rows) {
    const outlet = byOutlet.get(row.outletId);
    if (outlet) outlet.push(row);
    else byOutlet.set(row.outletId, [row]);
  }
  const outlets = [...byOutlet].map(([outletId, outletRows]) => outletDensities(outletId, outletRows));
  const tags = outlets.reduce(
    (sum, outlet) => sum + LOADED_DIRECTIONS.reduce((s, d) => s + outlet.densities[d].tags, 0),
    0,
  );
  return { n: chartN(scope.total, filters.basis, tags), scope, outlets };
}

function articleRows(eventId: string, filters: CompareFilters) {
  return db().$queryRaw<Row[]>`
    WITH ${countedSql(eventId, filters)},
    loaded AS (
      SELECT t.article_id, t.actor_id, coalesce(t.attributes->>'direction', 'unstated') AS direction, t.weight
      FROM counted_tags t
      WHERE t.kind = 'LOADED_LANGUAGE'
    )
    SELECT sa.outlet_id::text AS "outletId", sa.article_id::text AS "articleId", sa.word_count AS words,
           l.actor_id::text AS "actorId", l.direction, coalesce(sum(l.weight), 0)::float8 AS tags
    FROM scope_articles sa
    LEFT JOIN loaded l ON l.article_id = sa.article_id
    WHERE sa.source IS NOT NULL
    GROUP BY sa.outlet_id, sa.article_id, sa.word_count, l.actor_id, l.direction
    ORDER BY "outletId", "articleId", "actorId" NULLS LAST, l.direction`;
}

function outletDensities(outletId: string, rows: Row[]): OutletLoadedLanguage {
  const articles = new Map(rows.map((row) => [row.articleId, row.words]));
  const actorIds = [...new Set(rows.filter((row) => row.direction).map((row) => row.actorId))];
  // The outlet's own cells, then each target's: every column resamples the same articles, so they are drawn once.
  const groups = [rows, ...actorIds.map((actorId) => rows.filter((row) => row.actorId === actorId))];
  const columns = groups.flatMap((group) =>
    LOADED_DIRECTIONS.map((direction) => perArticle(articles, group, direction)),
  );
  const estimates = bootstrapDensities(columns);
  const cellsOf = (group: number): Record<LoadedDirection, DensityCell> => {
    const cell = (index: number): DensityCell => {
      const tags = roundWeight(columns[index].reduce((sum, count) => sum + count.part, 0));
      return { ...estimates[index], tags, thin: isThin({ articles: articles.size, tags }) };
    };
    const first = group * LOADED_DIRECTIONS.length;
    return { unfavourable: cell(first), favourable: cell(first + 1), unstated: cell(first + 2) };
  };
  return {
    outletId,
    articles: articles.size,
    words: [...articles.values()].reduce((sum, words) => sum + words, 0),
    densities: cellsOf(0),
    targets: actorIds.map((actorId, index) => ({ actorId, densities: cellsOf(index + 1) })),
  };
}

// Each of the outlet's articles with its weighted tags in one direction (0 without any) over its words.
function perArticle(articles: Map<string, number>, rows: Row[], direction: LoadedDirection): ArticleCounts[] {
  const tags = new Map<string, number>();
  for (const row of rows)
    if (row.direction === direction) tags.set(row.articleId, (tags.get(row.articleId) ?? 0) + row.tags);
  return [...articles].map(([articleId, words]) => ({ part: tags.get(articleId) ?? 0, whole: words }));
}

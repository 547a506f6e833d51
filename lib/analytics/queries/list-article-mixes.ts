import { cache } from "react";
import { db } from "../../db/client.ts";
import { Prisma } from "../../db/generated/client.ts";
import { attributionsSql } from "../attributions-sql.ts";
import { countedSql } from "../counted-sql.ts";
import { comparisonKey, type CompareFilters } from "../filters.ts";
import { shareInFlight } from "../share-in-flight.ts";

/** A mix the comparison can test and compare: frame passages by frame, or attributions by actor or speaker type. */
export const MIXES = ["frames", "actors", "speakerTypes"] as const;
export type Mix = (typeof MIXES)[number];

/** One article's weighted tags in one category of a mix. */
export interface ArticleMixRow {
  outletId: string;
  articleId: string;
  /** Frame code, actor id or speaker type; 'none' for an attribution without one. */
  key: string;
  tags: number;
}

const KEY: Record<Mix, Prisma.Sql> = {
  frames: Prisma.sql`SELECT outlet_id, article_id, code AS key, weight FROM counted_tags WHERE kind = 'FRAME'`,
  actors: Prisma.sql`SELECT outlet_id, article_id, coalesce(actor_id::text, 'none') AS key, weight FROM attributions`,
  speakerTypes: Prisma.sql`SELECT outlet_id, article_id, coalesce(speaker_type, 'none') AS key, weight FROM attributions`,
};

/**
 * Each counted article's weighted tags per category of a mix, summed in Postgres: the units of the permutation
 * test, and (summed per outlet) the distributions the divergence matrix compares. Cached per render and shared
 * while running, so the sections that use the same mix share one query.
 */
export const listArticleMixes = cache(
  shareInFlight(
    (eventId: string, filters: CompareFilters, mix: Mix) => `${comparisonKey(eventId, filters)} ${mix}`,
    readMixes,
  ),
);

function readMixes(eventId: string, filters: CompareFilters, mix: Mix): Promise<ArticleMixRow[]> {
  return db().$queryRaw<ArticleMixRow[]>`
    WITH ${countedSql(eventId, filters)}, ${attributionsSql},
    mix AS (${KEY[mix]})
    SELECT outlet_id::text AS "outletId", article_id::text AS "articleId", key, sum(weight)::float8 AS tags
    FROM mix
    GROUP BY outlet_id, article_id, key
    ORDER BY "outletId", "articleId", key`;
}

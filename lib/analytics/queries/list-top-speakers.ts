import { db } from "../../db/client.ts";
import { attributionsSql } from "../attributions-sql.ts";
import { chartN, roundWeight, type ChartN } from "../chart-n.ts";
import { countedSql } from "../counted-sql.ts";
import type { CompareFilters } from "../filters.ts";
import { countScope, type EventScope } from "./count-scope.ts";
import { cachedForEvent } from "../cache/cached-for-event.ts";

export interface TopSpeaker {
  outletId: string;
  rank: number;
  /** Case-folded and trimmed: what groups "Mayor Whitcombe" and "mayor Whitcombe ". */
  key: string;
  /** The spelling the outlet's tags use most. */
  speaker: string;
  speakerType: string | null;
  actorId: string | null;
  anonymous: boolean;
  tags: number;
  words: number;
  articles: number;
  /** How many distinct speakers the outlet quotes in all, so "top 5 of 12" can be said. */
  speakers: number;
}

export interface TopSpeakers {
  /** Its tags: every attribution with a named speaker, not only the top ones. */
  n: ChartN;
  scope: EventScope;
  speakers: TopSpeaker[];
}

interface Row extends TopSpeaker {
  outletTags: number;
}

export const listTopSpeakers = cachedForEvent("listTopSpeakers", listTopSpeakersNow);

/** The most quoted speakers of each outlet (by weighted attributions, then quoted words), ranked in Postgres. */
async function listTopSpeakersNow(eventId: string, filters: CompareFilters, limit = 5): Promise<TopSpeakers> {
  const [scope, rows] = await Promise.all([countScope(eventId, filters), speakerRows(eventId, filters, limit)]);
  const outletTags = new Map(rows.map((row) => [row.outletId, row.outletTags]));
  return {
    n: chartN(
      scope.total,
      filters.basis,
      [...outletTags.values()].reduce((sum, tags) => sum + tags, 0),
    ),
    scope,
    speakers: rows.map(({ outletTags: _, ...row }) => ({
      ...row,
      tags: roundWeight(row.tags),
      words: roundWeight(row.words),
    })),
  };
}

function speakerRows(eventId: string, filters: CompareFilters, limit: number) {
  return db().$queryRaw<Row[]>`
    WITH ${countedSql(eventId, filters)}, ${attributionsSql},
    speakers AS (
      SELECT outlet_id, speaker_key,
             mode() WITHIN GROUP (ORDER BY speaker) AS speaker,
             mode() WITHIN GROUP (ORDER BY speaker_type) AS speaker_type,
             mode() WITHIN GROUP (ORDER BY actor_id) AS actor_id,
             bool_or(anonymous) AS anonymous,
             sum(weight)::float8 AS tags, sum(weight * words)::float8 AS words,
             count(DISTINCT article_id)::int AS articles
      FROM attributions
      WHERE speaker_key IS NOT NULL
      GROUP BY outlet_id, speaker_key
    ), ranked AS (
      SELECT *, row_number() OVER (PARTITION BY outlet_id ORDER BY tags DESC, words DESC, speaker_key)::int AS rank,
             count(*) OVER (PARTITION BY outlet_id)::int AS speakers,
             sum(tags) OVER (PARTITION BY outlet_id)::float8 AS outlet_tags
      FROM speakers
    )
    SELECT outlet_id::text AS "outletId", rank, speaker_key AS key, speaker, speaker_type AS "speakerType",
           actor_id::text AS "actorId", anonymous, tags, words, articles, speakers,
           outlet_tags AS "outletTags"
    FROM ranked
    WHERE rank <= ${limit}
    ORDER BY "outletId", rank`;
}

import { db } from "../../db/client.ts";
import { attributionsSql } from "../attributions-sql.ts";
import { chartN, roundWeight, type ChartN } from "../chart-n.ts";
import { countedSql } from "../counted-sql.ts";
import type { CompareFilters } from "../filters.ts";
import { countScope, type EventScope } from "./count-scope.ts";
import { cachedForEvent } from "../cache/cached-for-event.ts";

/** One outlet's attributions to one actor (or speaker type): weighted tags, quoted words, articles. */
export interface VoiceCell {
  outletId: string;
  /** The actor's id or the speaker type; null for attributions that give none. */
  key: string | null;
  tags: number;
  words: number;
  articles: number;
}

export interface Voices {
  n: ChartN;
  scope: EventScope;
  byActor: VoiceCell[];
  bySpeakerType: VoiceCell[];
  /** Each outlet's attributions in all: the denominators of its shares. */
  outletTotals: Omit<VoiceCell, "key">[];
}

interface VoiceRow extends VoiceCell {
  dimension: "actor" | "speakerType" | "outlet";
}

export const countVoices = cachedForEvent("countVoices", countVoicesNow);

/**
 * Who gets a voice: attributions per outlet by the actor the speaker speaks for and by speaker type, counted by
 * tags and by quoted words (both weighted), in one GROUPING SETS pass over the counted attributions.
 */
async function countVoicesNow(eventId: string, filters: CompareFilters): Promise<Voices> {
  const [scope, rows] = await Promise.all([
    countScope(eventId, filters),
    db().$queryRaw<VoiceRow[]>`
      WITH ${countedSql(eventId, filters)}, ${attributionsSql}
      SELECT outlet_id::text AS "outletId",
             CASE WHEN GROUPING(actor_id) = 0 THEN 'actor' WHEN GROUPING(speaker_type) = 0 THEN 'speakerType'
                  ELSE 'outlet' END AS dimension,
             coalesce(actor_id::text, speaker_type) AS key,
             sum(weight)::float8 AS tags, sum(weight * words)::float8 AS words,
             count(DISTINCT article_id)::int AS articles
      FROM attributions
      GROUP BY GROUPING SETS ((outlet_id, actor_id), (outlet_id, speaker_type), (outlet_id))
      ORDER BY dimension, "outletId", tags DESC, key`,
  ]);
  const cells = (dimension: VoiceRow["dimension"]) =>
    rows
      .filter((row) => row.dimension === dimension)
      .map(({ dimension: _, ...cell }) => ({ ...cell, tags: roundWeight(cell.tags), words: roundWeight(cell.words) }));
  const outletTotals = cells("outlet").map(({ key: _, ...total }) => total);
  const tags = outletTotals.reduce((sum, total) => sum + total.tags, 0);
  return {
    n: chartN(scope.total, filters.basis, tags),
    scope,
    byActor: cells("actor"),
    bySpeakerType: cells("speakerType"),
    outletTotals,
  };
}

import { db } from "../../db/client.ts";
import { attributionsSql } from "../attributions-sql.ts";
import { frameLabelsSql } from "../frame-labels-sql.ts";
import { DEFAULT_FILTERS } from "../filters.ts";
import { namingsSql } from "../namings-sql.ts";
import { profileScopeSql } from "./profile-scope-sql.ts";

export type HabitMetric = "frame" | "speakerType" | "loaded" | "loadedNaming";

/**
 * One habit of an outlet against the other outlets on the same events: a share of its frame passages or
 * attributions, loaded language per 1,000 words (by direction), or the share of its namings that are loaded.
 */
export interface Habit {
  metric: HabitMetric;
  /** Frame code, speaker type ('none' when not given), direction, or 'loaded'. */
  key: string;
  /** The frame's label where the metric is a frame. */
  label: string | null;
  /** The outlet's value (null when it has nothing counted for the metric). */
  outlet: number | null;
  /** The mean of the other outlets' values, each outlet counting once. */
  others: number | null;
  /** How many other outlets the mean is over. */
  otherOutlets: number;
}

/**
 * An outlet's habits across every event it covered, each against the average of the other outlets on those
 * events. Each outlet's values are pooled over its counted articles; shares are of its tags of that kind, and an
 * outlet with tags of the kind but none in a category counts as 0 there. All in one Postgres pass.
 */
export function compareOutletHabits(outletId: string): Promise<Habit[]> {
  return db().$queryRaw<Habit[]>`
    WITH ${profileScopeSql(outletId)}, ${attributionsSql}, ${frameLabelsSql}, ${namingsSql(DEFAULT_FILTERS.version)},
    counted_outlets AS (
      SELECT outlet_id, sum(word_count) AS words FROM scope_articles WHERE source IS NOT NULL GROUP BY outlet_id
    ),
    raw AS (
      SELECT 'frame' AS metric, outlet_id, code AS key, weight FROM counted_tags WHERE kind = 'FRAME'
      UNION ALL
      SELECT 'speakerType', outlet_id, coalesce(speaker_type, 'none'), weight FROM attributions
      UNION ALL
      SELECT 'loadedNaming', outlet_id, CASE WHEN is_loaded THEN 'loaded' ELSE 'neutral' END, weight FROM namings
    ),
    sums AS (SELECT metric, outlet_id, key, sum(weight) AS weight FROM raw GROUP BY metric, outlet_id, key),
    metric_outlets AS (SELECT DISTINCT metric, outlet_id FROM sums),
    metric_keys AS (SELECT DISTINCT metric, key FROM sums),
    shares AS (
      SELECT mo.metric, mo.outlet_id, mk.key,
             coalesce(s.weight, 0) / sum(coalesce(s.weight, 0)) OVER (PARTITION BY mo.metric, mo.outlet_id) AS value
      FROM metric_outlets mo
      JOIN metric_keys mk ON mk.metric = mo.metric
      LEFT JOIN sums s ON s.metric = mo.metric AND s.outlet_id = mo.outlet_id AND s.key = mk.key
    ),
    densities AS (
      SELECT 'loaded' AS metric, co.outlet_id, d.direction AS key,
             1000 * coalesce(sum(t.weight), 0) / nullif(co.words, 0) AS value
      FROM counted_outlets co
      CROSS JOIN (VALUES ('unfavourable'), ('favourable')) d(direction)
      LEFT JOIN counted_tags t ON t.outlet_id = co.outlet_id AND t.kind = 'LOADED_LANGUAGE'
                               AND t.attributes->>'direction' = d.direction
      GROUP BY co.outlet_id, co.words, d.direction
    ),
    habit_values AS (
      SELECT * FROM shares WHERE NOT (metric = 'loadedNaming' AND key = 'neutral')
      UNION ALL SELECT * FROM densities
    )
    SELECT v.metric, v.key, min(l.label) AS label,
           (max(v.value) FILTER (WHERE v.outlet_id = ${outletId}::uuid))::float8 AS outlet,
           (avg(v.value) FILTER (WHERE v.outlet_id <> ${outletId}::uuid))::float8 AS others,
           (count(*) FILTER (WHERE v.outlet_id <> ${outletId}::uuid AND v.value IS NOT NULL))::int AS "otherOutlets"
    FROM habit_values v
    LEFT JOIN frame_labels l ON v.metric = 'frame' AND l.code = v.key
    GROUP BY v.metric, v.key
    ORDER BY v.metric, outlet DESC NULLS LAST, v.key`;
}

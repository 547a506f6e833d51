import { Prisma } from "../db/generated/client.ts";
import type { CompareFilters } from "./filters.ts";

/**
 * The one rule of which tags count, shared by every chart query: common table expressions to put after WITH.
 *
 * - `scope_articles`: the event's articles the filters keep (outlets, published UTC days, syndicated copies), each
 *   with its `source`: 'gold' when its adjudication is completed (unless the basis is `reviewers`), else
 *   'reviewers' when at least one assigned reviewer submitted it (unless the basis is `gold-only`), else null: not
 *   counted (untagged, or not adjudicated under `gold-only`). `weight` is what each of its tags counts for: 1 for
 *   gold, 1/(submitted reviewers) otherwise, so two reviewers' tags are averaged, never double counted.
 *   `from_gold` and `from_reviewers` say the same as booleans: filter on those, the planner estimates them.
 * - `counted_tags`: the tags of the counted articles from that source (GOLD layer, or the REVIEWER-layer tags of
 *   reviewers who submitted), with their category's kind (the enum, so a filter on it is estimated from the
 *   categories' statistics) and code and the article's weight. Categories are matched across codebook versions by
 *   code; a `version` filter keeps only tags made under that version.
 * - `counted_forms`: the article forms (primary and headline frame, tone) by the same rule and weights.
 *
 * A copy counted once is left out only when its original is in the same event, as on the event page: a copy
 * whose original was filed elsewhere is this event's only telling of the story.
 */
export function countedSql(eventId: string, filters: CompareFilters): Prisma.Sql {
  return countedSqlOver(Prisma.sql`a.event_id = ${eventId}::uuid`, filters);
}

/**
 * The same rule over the articles of several events: `events` is a condition on `a`, the article (say, its event
 * is one an outlet covered). Each article still keeps to its own event's syndication, gold and assignments.
 */
export function countedSqlOver(events: Prisma.Sql, filters: CompareFilters): Prisma.Sql {
  const outlets = filters.outlets.length ? filters.outlets : null;
  return Prisma.sql`
    scope_base AS MATERIALIZED (
      SELECT a.id AS article_id, a.outlet_id, a.event_id, a.word_count, a.published_at
      FROM articles a
      LEFT JOIN articles original ON original.id = a.syndicated_from_id AND original.event_id = a.event_id
      WHERE ${events}
        AND (${outlets}::uuid[] IS NULL OR a.outlet_id = ANY(${outlets}::uuid[]))
        AND (${filters.from}::date IS NULL OR a.published_at >= (${filters.from}::date::timestamp AT TIME ZONE 'UTC'))
        AND (${filters.to}::date IS NULL OR a.published_at < ((${filters.to}::date + 1)::timestamp AT TIME ZONE 'UTC'))
        AND (${filters.copies}::text = 'each' OR original.id IS NULL)
    ),
    submitted AS MATERIALIZED (
      SELECT s.article_id, s.reviewer_id
      FROM assignments s JOIN scope_base USING (article_id)
      WHERE s.submitted_at IS NOT NULL
    ),
    scope_articles AS MATERIALIZED (
      SELECT b.*, coalesce(r.reviewers, 0) AS submitted_reviewers, g.article_id IS NOT NULL AS adjudicated,
        CASE
          WHEN g.article_id IS NOT NULL AND ${filters.basis}::text <> 'reviewers' THEN 'gold'
          WHEN r.reviewers > 0 AND ${filters.basis}::text <> 'gold-only' THEN 'reviewers'
        END AS source,
        CASE
          WHEN g.article_id IS NOT NULL AND ${filters.basis}::text <> 'reviewers' THEN 1.0::float8
          WHEN r.reviewers > 0 AND ${filters.basis}::text <> 'gold-only' THEN 1.0::float8 / r.reviewers
        END AS weight,
        -- The same choice as booleans, to filter on: the planner takes a boolean it has no statistics for to keep
        -- half the rows, but an equality on the text above to keep one in 200, and then plans for one article.
        coalesce(g.article_id IS NOT NULL AND ${filters.basis}::text <> 'reviewers', false) AS from_gold,
        coalesce(NOT (g.article_id IS NOT NULL AND ${filters.basis}::text <> 'reviewers')
                 AND r.reviewers > 0 AND ${filters.basis}::text <> 'gold-only', false) AS from_reviewers
      FROM scope_base b
      LEFT JOIN (SELECT article_id, count(*)::int AS reviewers FROM submitted GROUP BY article_id) r USING (article_id)
      LEFT JOIN adjudications g ON g.article_id = b.article_id AND g.completed_at IS NOT NULL
    ),
    counted_tags AS (
      SELECT t.id, t.article_id, t.outlet_id, t.reviewer_id, t.layer, c.kind, c.code,
             t.start_offset, t.end_offset, t.quoted_text, t.attributes, t.actor_id, t.claim_id, t.weight
      FROM ${byCountedCoders(Prisma.raw("annotations"))} t
      JOIN codebook_categories c ON c.id = t.category_id
      JOIN codebook_versions v ON v.id = c.version_id
      WHERE ${filters.version}::int IS NULL OR v.version = ${filters.version}::int
    ),
    counted_forms AS (
      SELECT f.id AS form_id, f.article_id, f.outlet_id, f.reviewer_id, f.layer,
             f.primary_frame_id, f.headline_frame_id, f.weight
      FROM ${byCountedCoders(Prisma.raw("article_forms"))} f
      JOIN codebook_versions v ON v.id = f.version_id
      WHERE ${filters.version}::int IS NULL OR v.version = ${filters.version}::int
    )`;
}

/**
 * The rows of `table` (annotations or article forms) that the counted coders of the articles in scope made, with
 * the article's outlet and weight: the gold layer of an article counted from gold, each submitted reviewer's own
 * rows of an article counted from reviewers. Two plain index joins rather than one join with an OR of both cases:
 * the planner can estimate these, and with the OR it guessed one row where there were thousands and chose nested
 * loops over whole tables.
 */
function byCountedCoders(table: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(
    SELECT x.*, sa.outlet_id, sa.weight
    FROM scope_articles sa
    JOIN ${table} x ON x.article_id = sa.article_id AND x.layer = 'GOLD'
    WHERE sa.from_gold
    UNION ALL
    SELECT x.*, sa.outlet_id, sa.weight
    FROM scope_articles sa
    JOIN submitted s ON s.article_id = sa.article_id
    JOIN ${table} x ON x.article_id = s.article_id AND x.reviewer_id = s.reviewer_id AND x.layer = 'REVIEWER'
    WHERE sa.from_reviewers
  )`;
}

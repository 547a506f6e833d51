import { db } from "../../db/client.ts";

export interface QueueArticle {
  articleId: string;
  title: string;
  outletName: string;
  /** Null when the article is under no event. */
  eventId: string | null;
  eventTitle: string | null;
  /** Everyone assigned to the article (all have submitted it), by name. */
  reviewerNames: string[];
  /** The submitted reviewers' tags, and how many of them have a decision. */
  reviewerTags: number;
  decided: number;
  startedAt: Date | null;
  completedAt: Date | null;
  /** Who started the adjudication, or who completed it once complete. */
  adjudicatorName: string | null;
}

/**
 * Articles ready for adjudication: everyone assigned has submitted them (one reviewer alone too; the page says
 * there is nothing to compare then). Event by event; within one, adjudications under way first, then those not
 * started, then complete gold. Counted in Postgres.
 */
export function listAdjudicationQueue(eventId: string | null): Promise<QueueArticle[]> {
  return db().$queryRaw<QueueArticle[]>`
    SELECT a.id::text AS "articleId", a.title, o.name AS "outletName",
           e.id::text AS "eventId", e.title AS "eventTitle", r.reviewer_names AS "reviewerNames",
           t.tags AS "reviewerTags", t.decided,
           j.started_at AS "startedAt", j.completed_at AS "completedAt", u.name AS "adjudicatorName"
    FROM (
      SELECT s.article_id, array_agg(reviewer.name ORDER BY reviewer.name, reviewer.id) AS reviewer_names
      FROM assignments s JOIN users reviewer ON reviewer.id = s.reviewer_id
      GROUP BY s.article_id
      HAVING bool_and(s.submitted_at IS NOT NULL)
    ) r
    JOIN articles a ON a.id = r.article_id
    JOIN outlets o ON o.id = a.outlet_id
    LEFT JOIN events e ON e.id = a.event_id
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS tags, count(d.annotation_id)::int AS decided
      FROM annotations n
      JOIN assignments s ON s.article_id = n.article_id AND s.reviewer_id = n.reviewer_id
      LEFT JOIN adjudication_decisions d ON d.annotation_id = n.id
      WHERE n.article_id = a.id AND n.layer = 'REVIEWER'
    ) t
    LEFT JOIN adjudications j ON j.article_id = a.id
    LEFT JOIN users u ON u.id = j.adjudicator_id
    WHERE ${eventId}::uuid IS NULL OR a.event_id = ${eventId}::uuid
    ORDER BY e.starts_on DESC NULLS LAST, e.title, e.id,
             CASE WHEN j.completed_at IS NOT NULL THEN 2 WHEN j.article_id IS NOT NULL THEN 0 ELSE 1 END,
             o.name, a.title, a.id`;
}

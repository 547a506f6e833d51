import { db } from "../db/client.ts";
import { DEFAULT_REVIEWERS_PER_ARTICLE } from "./assign-input.ts";

export interface PickableArticle {
  articleId: string;
  title: string;
  outletName: string;
  eventId: string;
  eventTitle: string;
  /** Reviewers the article has already. */
  reviewers: number;
}

/** Enough to choose from without turning the queue page into the whole archive. */
export const PICKABLE_LIMIT = 50;

/**
 * Articles of events that still need reviewers and are not in this reviewer's queue, those with the fewest
 * reviewers first within each event.
 */
export function listPickableArticles(reviewerId: string): Promise<PickableArticle[]> {
  return db().$queryRaw<PickableArticle[]>`
    SELECT a.id::text AS "articleId", a.title, o.name AS "outletName",
           e.id::text AS "eventId", e.title AS "eventTitle", count(s.reviewer_id)::int AS reviewers
    FROM articles a
    JOIN events e ON e.id = a.event_id
    JOIN outlets o ON o.id = a.outlet_id
    LEFT JOIN assignments s ON s.article_id = a.id
    GROUP BY a.id, o.id, e.id
    HAVING count(s.reviewer_id) < ${DEFAULT_REVIEWERS_PER_ARTICLE}
       AND NOT bool_or(s.reviewer_id IS NOT DISTINCT FROM ${reviewerId}::uuid)
    ORDER BY e.starts_on DESC NULLS LAST, e.title, e.id, reviewers, o.name, a.title, a.id
    LIMIT ${PICKABLE_LIMIT}`;
}

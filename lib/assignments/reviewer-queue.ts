import { db } from "../db/client.ts";

export interface QueueArticle {
  articleId: string;
  title: string;
  outletName: string;
  /** Null when the article has since been taken out of every event. */
  eventId: string | null;
  eventTitle: string | null;
  assignedAt: Date;
  /** Null when the reviewer picked the article up themselves, or whoever assigned it was deleted. */
  assignedByName: string | null;
  pickedUp: boolean;
  submittedAt: Date | null;
  /** The reviewer's own tags on the article so far. */
  tags: number;
}

/** The reviewer's assigned articles, event by event, open ones first, with their own tag count. */
export function listReviewerQueue(reviewerId: string): Promise<QueueArticle[]> {
  return db().$queryRaw<QueueArticle[]>`
    SELECT a.id::text AS "articleId", a.title, o.name AS "outletName",
           e.id::text AS "eventId", e.title AS "eventTitle", s.assigned_at AS "assignedAt",
           CASE WHEN s.assigned_by_id <> s.reviewer_id THEN assigner.name END AS "assignedByName",
           s.assigned_by_id IS NOT DISTINCT FROM s.reviewer_id AS "pickedUp",
           s.submitted_at AS "submittedAt",
           (SELECT count(*)::int FROM annotations n
            WHERE n.article_id = a.id AND n.reviewer_id = s.reviewer_id AND n.layer = 'REVIEWER') AS tags
    FROM assignments s
    JOIN articles a ON a.id = s.article_id
    JOIN outlets o ON o.id = a.outlet_id
    LEFT JOIN events e ON e.id = a.event_id
    LEFT JOIN users assigner ON assigner.id = s.assigned_by_id
    WHERE s.reviewer_id = ${reviewerId}::uuid
    ORDER BY e.starts_on DESC NULLS LAST, e.title, e.id, s.submitted_at IS NOT NULL, o.name, a.title, a.id`;
}

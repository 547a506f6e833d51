import { db } from "../db/client.ts";
import { ASSIGNABLE_ROLES } from "./assignable-reviewers.ts";

export interface ReviewerProgress {
  reviewerId: string;
  name: string;
  /** Active with a tagging role, so new articles can go to them. */
  assignable: boolean;
  assigned: number;
  submitted: number;
}

/**
 * Everyone who can be assigned work, and anyone who holds some in the event (even if since disabled), with
 * how many of the event's articles they hold and how many of those they have submitted.
 */
export function countEventAssignmentsPerReviewer(eventId: string): Promise<ReviewerProgress[]> {
  return db().$queryRaw<ReviewerProgress[]>`
    SELECT u.id::text AS "reviewerId", u.name,
           (u.disabled_at IS NULL AND u.role::text = ANY(${ASSIGNABLE_ROLES}::text[])) AS assignable,
           count(held.article_id)::int AS assigned, count(held.submitted_at)::int AS submitted
    FROM users u
    LEFT JOIN (
      SELECT s.reviewer_id, s.article_id, s.submitted_at
      FROM assignments s JOIN articles a ON a.id = s.article_id
      WHERE a.event_id = ${eventId}::uuid
    ) held ON held.reviewer_id = u.id
    WHERE (u.disabled_at IS NULL AND u.role::text = ANY(${ASSIGNABLE_ROLES}::text[])) OR held.article_id IS NOT NULL
    GROUP BY u.id
    ORDER BY u.name, u.id`;
}

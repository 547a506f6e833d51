import { db } from "../../db/client.ts";

/** One event's coverage and tagging progress, for the comparisons overview. */
export interface EventProgress {
  id: string;
  title: string;
  startsOn: Date | null;
  endsOn: Date | null;
  articles: number;
  outlets: number;
  /** Articles with at least one reviewer assigned. */
  assigned: number;
  /** Articles every assigned reviewer has submitted: their tags count in the comparison. */
  submitted: number;
  /** Articles submitted by at least one of their reviewers (the comparison counts those reviewers' tags). */
  partlySubmitted: number;
  /** Articles whose adjudication into gold is completed. */
  adjudicated: number;
}

/** Every event with its coverage and tagging progress, counted in Postgres; newest events first. */
export function listEventProgress(): Promise<EventProgress[]> {
  return db().$queryRaw<EventProgress[]>`
    WITH per_article AS (
      SELECT a.event_id, a.id, a.outlet_id,
             count(s.reviewer_id) AS assigned_reviewers,
             count(s.submitted_at) AS submitted_reviewers,
             bool_or(g.completed_at IS NOT NULL) AS adjudicated
      FROM articles a
      LEFT JOIN assignments s ON s.article_id = a.id
      LEFT JOIN adjudications g ON g.article_id = a.id
      WHERE a.event_id IS NOT NULL
      GROUP BY a.id
    )
    SELECT e.id::text, e.title, e.starts_on AS "startsOn", e.ends_on AS "endsOn",
           count(p.id)::int AS articles,
           count(DISTINCT p.outlet_id)::int AS outlets,
           count(p.id) FILTER (WHERE p.assigned_reviewers > 0)::int AS assigned,
           count(p.id) FILTER (WHERE p.assigned_reviewers > 0
                                 AND p.submitted_reviewers = p.assigned_reviewers)::int AS submitted,
           count(p.id) FILTER (WHERE p.submitted_reviewers > 0)::int AS "partlySubmitted",
           count(p.id) FILTER (WHERE p.adjudicated)::int AS adjudicated
    FROM events e
    LEFT JOIN per_article p ON p.event_id = e.id
    GROUP BY e.id
    ORDER BY e.starts_on DESC NULLS LAST, e.title, e.id`;
}

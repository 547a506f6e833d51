import { Prisma } from "../../db/generated/client.ts";

/**
 * The submitted assignments agreement is measured on: those of the event's articles that at least two reviewers
 * have submitted (an article still open for one reviewer can change, and one reviewer alone agrees with nobody).
 * A fragment the queries beside it share, so they all read the same articles and reviewers.
 */
export function codedAssignmentsSql(eventId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT article_id, reviewer_id, submitted_at
    FROM (
      SELECT s.article_id, s.reviewer_id, s.submitted_at, count(*) OVER (PARTITION BY s.article_id) AS coders
      FROM assignments s JOIN articles a ON a.id = s.article_id
      WHERE a.event_id = ${eventId}::uuid AND s.submitted_at IS NOT NULL
    ) submitted
    WHERE coders >= 2`;
}

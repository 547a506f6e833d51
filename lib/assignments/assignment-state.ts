import type { Prisma } from "../db/generated/client.ts";
import type { ArticleAssignees } from "./balance-assignments.ts";

/** The event's articles with everyone assigned to each. */
export function listArticleAssignees(tx: Prisma.TransactionClient, eventId: string): Promise<ArticleAssignees[]> {
  return tx.$queryRaw<ArticleAssignees[]>`
    SELECT a.id::text AS "articleId",
           coalesce(array_agg(s.reviewer_id::text) FILTER (WHERE s.reviewer_id IS NOT NULL), '{}') AS "reviewerIds"
    FROM articles a
    LEFT JOIN assignments s ON s.article_id = a.id
    WHERE a.event_id = ${eventId}::uuid
    GROUP BY a.id`;
}

/** Each reviewer's assignments in the event that they have not submitted yet. */
export async function countOpenAssignments(
  tx: Prisma.TransactionClient,
  eventId: string,
  reviewerIds: readonly string[],
): Promise<Map<string, number>> {
  const rows = await tx.$queryRaw<{ reviewer_id: string; open: number }[]>`
    SELECT s.reviewer_id::text, count(*)::int AS open
    FROM assignments s JOIN articles a ON a.id = s.article_id
    WHERE a.event_id = ${eventId}::uuid AND s.submitted_at IS NULL AND s.reviewer_id = ANY(${reviewerIds}::uuid[])
    GROUP BY s.reviewer_id`;
  return new Map(rows.map((row) => [row.reviewer_id, row.open]));
}

import { Prisma } from "../db/generated/client.ts";

/**
 * The codebook version a reviewer tags an article under, as a scalar subquery: the one their earlier tags or form
 * on it use, else the newest published version of `codebookId` (an SQL expression, so a caller can join it in).
 * Tags keep their version, so an article is never tagged under two.
 */
export function versionInUseSql(articleId: string, reviewerId: string, codebookId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(
    SELECT version_id FROM (
      SELECT c.version_id, 1 AS rank, 0 AS version FROM annotations a JOIN codebook_categories c ON c.id = a.category_id
      WHERE a.article_id = ${articleId}::uuid AND a.reviewer_id = ${reviewerId}::uuid AND a.layer = 'REVIEWER'
      UNION ALL
      SELECT version_id, 1, 0 FROM article_forms
      WHERE article_id = ${articleId}::uuid AND reviewer_id = ${reviewerId}::uuid AND layer = 'REVIEWER'
      UNION ALL
      SELECT id, 2, version FROM codebook_versions WHERE codebook_id = ${codebookId} AND published_at IS NOT NULL
    ) AS choices
    ORDER BY rank, version DESC
    LIMIT 1)`;
}

/** The codebook version a reviewer tags an article under (see versionInUseSql); null when none is published. */
export async function codebookVersionInUse(
  tx: Prisma.TransactionClient,
  articleId: string,
  reviewerId: string,
  codebookId: string,
): Promise<string | null> {
  const [row] = await tx.$queryRaw<{ version_id: string | null }[]>`
    SELECT ${versionInUseSql(articleId, reviewerId, Prisma.sql`${codebookId}::uuid`)} AS version_id`;
  return row?.version_id ?? null;
}

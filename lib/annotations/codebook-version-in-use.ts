import type { Prisma } from "../db/generated/client.ts";

/**
 * The codebook version a reviewer tags an article under: the one their earlier tags or form on it use,
 * else the newest published version. Tags keep their version, so an article is never tagged under two.
 */
export async function codebookVersionInUse(
  tx: Prisma.TransactionClient,
  articleId: string,
  reviewerId: string,
  codebookId: string,
): Promise<string | null> {
  const [row] = await tx.$queryRaw<{ version_id: string }[]>`
    SELECT version_id FROM (
      SELECT c.version_id, 1 AS rank, 0 AS version FROM annotations a JOIN codebook_categories c ON c.id = a.category_id
      WHERE a.article_id = ${articleId}::uuid AND a.reviewer_id = ${reviewerId}::uuid AND a.layer = 'REVIEWER'
      UNION ALL
      SELECT version_id, 1, 0 FROM article_forms
      WHERE article_id = ${articleId}::uuid AND reviewer_id = ${reviewerId}::uuid AND layer = 'REVIEWER'
      UNION ALL
      SELECT id, 2, version FROM codebook_versions WHERE codebook_id = ${codebookId}::uuid AND published_at IS NOT NULL
    ) AS choices
    ORDER BY rank, version DESC
    LIMIT 1`;
  return row?.version_id ?? null;
}

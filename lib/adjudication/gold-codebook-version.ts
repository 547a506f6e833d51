import { DEFAULT_CODEBOOK } from "../codebook/default-codebook.ts";
import type { Prisma } from "../db/generated/client.ts";

/**
 * The codebook version gold tags and the gold form of an article use: the one its gold already uses, else the
 * one its reviewers tagged under (the newest, should they differ), else the newest published version.
 */
export async function goldCodebookVersion(tx: Prisma.TransactionClient, articleId: string): Promise<string | null> {
  const [row] = await tx.$queryRaw<{ version_id: string }[]>`
    SELECT version_id::text FROM (
      SELECT c.version_id, CASE a.layer WHEN 'GOLD' THEN 1 ELSE 2 END AS rank
      FROM annotations a JOIN codebook_categories c ON c.id = a.category_id
      WHERE a.article_id = ${articleId}::uuid
      UNION ALL
      SELECT version_id, CASE layer WHEN 'GOLD' THEN 1 ELSE 2 END FROM article_forms WHERE article_id = ${articleId}::uuid
      UNION ALL
      SELECT v.id, 3 FROM codebook_versions v JOIN codebooks b ON b.id = v.codebook_id
      WHERE b.slug = ${DEFAULT_CODEBOOK.slug} AND v.published_at IS NOT NULL
    ) AS choices
    JOIN codebook_versions v ON v.id = choices.version_id
    ORDER BY rank, v.version DESC
    LIMIT 1`;
  return row?.version_id ?? null;
}

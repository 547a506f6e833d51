import type { Prisma } from "../db/generated/client.ts";
import type { MergeDuplicate } from "./find-merge-duplicates.ts";

/**
 * Deletes the duplicates, first pointing the articles syndicated from one of them at the copy that
 * stays (or at nothing, for that copy itself), so no syndication link is lost or points at itself.
 */
export async function dropDuplicateArticles(tx: Prisma.TransactionClient, duplicates: MergeDuplicate[]): Promise<void> {
  if (duplicates.length === 0) return;
  await tx.$executeRaw`
    UPDATE articles a
    SET syndicated_from_id = NULLIF(d.kept, a.id),
        syndication_similarity = CASE WHEN d.kept = a.id THEN NULL ELSE a.syndication_similarity END
    FROM unnest(${duplicates.map((d) => d.id)}::uuid[], ${duplicates.map((d) => d.duplicateOfId)}::uuid[])
      AS d(dropped, kept)
    WHERE a.syndicated_from_id = d.dropped`;
  await tx.article.deleteMany({ where: { id: { in: duplicates.map((d) => d.id) } } });
}

import type { Prisma } from "../../db/generated/client.ts";

/**
 * Adds new articles' LSH band hashes (their lsh_bands column) to the band index, article_lsh_bands,
 * where imports look up candidate copies. Rows go in hash order, which makes the index inserts local:
 * twice as fast as arrival order (measured). A trigger on articles deletes an article's rows with it.
 */
export async function storeLshBands(tx: Prisma.TransactionClient, articleIds: string[]): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO article_lsh_bands (hash, article_id)
    SELECT band.hash, a.id
    FROM unnest(${articleIds}::uuid[]) AS new(id)
    JOIN articles a ON a.id = new.id
    CROSS JOIN unnest(a.lsh_bands) AS band(hash)
    ORDER BY band.hash`;
}

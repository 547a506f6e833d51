import type { Prisma } from "../../db/generated/client.ts";
import { lockUntilCommit } from "../../db/transaction-lock.ts";
import type { ArticleToSave } from "./prepare-rows.ts";

/**
 * Keeps the rows that would create an article: not already stored for the outlet (same canonical URL
 * or same body hash) and not repeated earlier in the same import. The outlets' import locks, held to
 * the end of the transaction, keep a concurrent import from storing the same article meanwhile, so the
 * rows can be written with COPY, which cannot skip conflicts as INSERT … ON CONFLICT does.
 */
export async function selectNewArticles(tx: Prisma.TransactionClient, rows: ArticleToSave[]): Promise<ArticleToSave[]> {
  await lockUntilCommit(
    tx,
    rows.map((row) => `import:${row.outletId}`),
  );
  const stored = await findStoredIndexes(tx, rows);
  const seen = new Set<string>();
  return rows.filter((row, index) => {
    const keys = [`${row.outletId} ${row.hash}`, row.article.url ? `${row.outletId} ${row.article.url}` : null];
    const repeated = keys.some((key) => key && seen.has(key));
    for (const key of keys) if (key) seen.add(key);
    return !repeated && !stored.has(index);
  });
}

async function findStoredIndexes(tx: Prisma.TransactionClient, rows: ArticleToSave[]): Promise<Set<number>> {
  const stored = await tx.$queryRaw<{ index: number }[]>`
    SELECT (t.ordinality - 1)::int AS index
    FROM unnest(${rows.map((row) => row.outletId)}::uuid[], ${rows.map((row) => row.article.url)}::text[],
                ${rows.map((row) => row.hash)}::text[]) WITH ORDINALITY AS t(outlet_id, url, hash, ordinality)
    WHERE EXISTS (SELECT 1 FROM articles a WHERE a.outlet_id = t.outlet_id AND a.canonical_url = t.url)
       OR EXISTS (SELECT 1 FROM articles a WHERE a.outlet_id = t.outlet_id AND a.content_hash = t.hash)`;
  return new Set(stored.map((row) => row.index));
}

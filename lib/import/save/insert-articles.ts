import type { Prisma } from "../../db/generated/client.ts";
import type { ArticleColumns } from "./prepare-rows.ts";

/**
 * Inserts one chunk in a single statement. ON CONFLICT DO NOTHING skips what is already stored
 * (same outlet + canonical URL, or same outlet + body hash), also when two imports race.
 * Returns the ids of the rows actually created.
 */
export async function insertArticleChunk(
  tx: Prisma.TransactionClient,
  columns: ArticleColumns,
  target: { eventId: string | null; batchId: string | null },
): Promise<Set<string>> {
  const c = columns;
  const created = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO articles (id, outlet_id, event_id, batch_id, title, byline, published_at, canonical_url, body_text,
                          language, word_count, content_hash, provenance, minhash, lsh_bands)
    SELECT t.id, t.outlet_id, ${target.eventId}::uuid, ${target.batchId}::uuid, t.title, t.byline, t.published_at,
           t.url, t.body, t.language, t.word_count, t.hash, t.provenance::jsonb, t.minhash::int[],
           t.bands::int[]
    FROM unnest(${c.ids}::uuid[], ${c.outletIds}::uuid[], ${c.titles}::text[], ${c.bylines}::text[],
                ${c.publishedAts}::timestamptz[], ${c.urls}::text[], ${c.bodies}::text[], ${c.languages}::text[],
                ${c.wordCounts}::int[], ${c.hashes}::text[], ${c.provenances}::text[], ${c.minhashes}::text[],
                ${c.bands}::text[])
      AS t(id, outlet_id, title, byline, published_at, url, body, language, word_count, hash, provenance, minhash, bands)
    ON CONFLICT DO NOTHING
    RETURNING id`;
  return new Set(created.map((row) => row.id));
}

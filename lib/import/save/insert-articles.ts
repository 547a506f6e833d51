import type { Prisma } from "../../db/generated/client.ts";
import type { PreparedArticle } from "./prepare-rows.ts";

/**
 * Inserts one chunk, and the LSH band rows of the articles it creates, in a single statement whose
 * rows travel as one JSON document. It is sent as bytes: Prisma passes a Buffer to the driver as it
 * is, where a multi-megabyte string parameter costs it three times the statement itself (measured).
 * ON CONFLICT DO NOTHING skips what is already stored (same outlet + canonical URL, or same outlet +
 * body hash), also when two imports race. Returns the ids of the rows actually created.
 */
export async function insertArticleChunk(
  tx: Prisma.TransactionClient,
  chunk: PreparedArticle[],
  target: { eventId: string | null; batchId: string | null },
): Promise<Set<string>> {
  const created = await tx.$queryRaw<{ id: string }[]>`
    WITH input AS (
      SELECT * FROM json_to_recordset(${Buffer.from(JSON.stringify(chunk))}::json) AS t(
        id uuid, outlet_id uuid, title text, byline text, published_at timestamptz, url text, body text,
        language text, word_count int, hash text, provenance jsonb, minhash int[], bands int[])
    ), inserted AS (
      INSERT INTO articles (id, outlet_id, event_id, batch_id, title, byline, published_at, canonical_url, body_text,
                            language, word_count, content_hash, provenance, minhash)
      SELECT id, outlet_id, ${target.eventId}::uuid, ${target.batchId}::uuid, title, byline, published_at, url, body,
             language, word_count, hash, provenance, minhash
      FROM input
      ON CONFLICT DO NOTHING
      RETURNING id
    ), bands AS (
      INSERT INTO article_lsh_bands (hash, article_id)
      SELECT DISTINCT band, input.id FROM inserted JOIN input USING (id), unnest(input.bands) AS band
    )
    SELECT id FROM inserted`;
  return new Set(created.map((row) => row.id));
}

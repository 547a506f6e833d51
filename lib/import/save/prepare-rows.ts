import { randomUUID } from "node:crypto";
import { countWords } from "../../articles/body-text.ts";
import { copyLine } from "../../db/copy-rows.ts";
import type { Fingerprinted } from "../dedupe/link-syndicated-copies.ts";
import { lshBandHashes, minhashSignature } from "../dedupe/minhash.ts";
import type { NormalizedArticle, SourceKind } from "../normalized-article.ts";

export interface ArticleToSave {
  row: number;
  article: NormalizedArticle;
  outletId: string;
  eventId: string | null;
  /** contentHash of the body: with the outlet, the key that makes an import idempotent. */
  hash: string;
}

export interface RowTarget {
  /** The event of rows that name none of their own. */
  eventId: string | null;
  batchId: string | null;
  source: { kind: SourceKind; name: string };
}

/** The articles columns each COPY line fills, in order. */
export const ARTICLE_COPY_COLUMNS = [
  "id",
  "outlet_id",
  "event_id",
  "batch_id",
  "title",
  "byline",
  "published_at",
  "canonical_url",
  "body_text",
  "language",
  "word_count",
  "content_hash",
  "provenance",
  "minhash",
  "lsh_bands",
] as const;

/** Fingerprints one article and writes its row in COPY's text format. */
export function prepareArticle(
  { row, article, outletId, eventId, hash }: ArticleToSave,
  target: RowTarget,
): { line: string; created: Fingerprinted } {
  const id = randomUUID();
  const minhash = minhashSignature(article.body);
  const lshBands = [...new Set(lshBandHashes(minhash))];
  const publishedAt = article.publishedAt?.toISOString() ?? null;
  const provenance = {
    source: target.source.kind,
    name: target.source.name,
    row,
    batchId: target.batchId,
    siteName: article.siteName,
  };
  const line = copyLine([
    id,
    outletId,
    eventId,
    target.batchId,
    article.title,
    article.byline,
    publishedAt,
    article.url,
    article.body,
    article.language,
    countWords(article.body),
    hash,
    provenance,
    minhash,
    lshBands,
  ]);
  return { line, created: { id, outlet_id: outletId, minhash, lsh_bands: lshBands, published_at: publishedAt } };
}

import { randomUUID } from "node:crypto";
import { contentHash, countWords } from "../../articles/body-text.ts";
import { lshBandHashes, minhashSignature } from "../dedupe/minhash.ts";
import type { NormalizedArticle, SourceKind } from "../normalized-article.ts";

export interface ArticleToSave {
  row: number;
  article: NormalizedArticle;
  outletId: string;
}

/** One article's row as the insert reads it (snake_case: the keys of json_to_recordset). */
export interface PreparedArticle {
  id: string;
  outlet_id: string;
  title: string;
  byline: string | null;
  published_at: string | null;
  url: string | null;
  body: string;
  language: string | null;
  word_count: number;
  hash: string;
  provenance: object;
  minhash: number[];
  bands: number[];
}

export function prepareArticle(
  { row, article, outletId }: ArticleToSave,
  source: { kind: SourceKind; name: string; batchId: string | null },
): PreparedArticle {
  const minhash = minhashSignature(article.body);
  return {
    id: randomUUID(),
    outlet_id: outletId,
    title: article.title,
    byline: article.byline,
    published_at: article.publishedAt?.toISOString() ?? null,
    url: article.url,
    body: article.body,
    language: article.language,
    word_count: countWords(article.body),
    hash: contentHash(article.body),
    provenance: { source: source.kind, name: source.name, row, batchId: source.batchId, siteName: article.siteName },
    minhash,
    bands: lshBandHashes(minhash),
  };
}

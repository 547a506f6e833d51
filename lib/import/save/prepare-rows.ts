import { randomUUID } from "node:crypto";
import { contentHash, countWords } from "../../articles/body-text.ts";
import { lshBandHashes, minhashSignature } from "../dedupe/minhash.ts";
import type { NormalizedArticle, SourceKind } from "../normalized-article.ts";

export interface ArticleToSave {
  row: number;
  article: NormalizedArticle;
  outletId: string;
}

/** Column arrays for one multi-row INSERT ... SELECT FROM unnest(...): one round trip per chunk. */
export interface ArticleColumns {
  ids: string[];
  outletIds: string[];
  titles: string[];
  bylines: (string | null)[];
  publishedAts: (Date | null)[];
  urls: (string | null)[];
  bodies: string[];
  languages: (string | null)[];
  wordCounts: number[];
  hashes: string[];
  provenances: string[];
  // Postgres array literals: unnest of a 2-D array would flatten it.
  minhashes: string[];
  bands: string[];
}

export function toColumns(rows: ArticleToSave[], source: { kind: SourceKind; name: string; batchId: string | null }): ArticleColumns {
  const columns: ArticleColumns = {
    ids: [], outletIds: [], titles: [], bylines: [], publishedAts: [], urls: [], bodies: [], languages: [],
    wordCounts: [], hashes: [], provenances: [], minhashes: [], bands: [],
  };
  for (const { row, article, outletId } of rows) {
    const signature = minhashSignature(article.body);
    columns.ids.push(randomUUID());
    columns.outletIds.push(outletId);
    columns.titles.push(article.title);
    columns.bylines.push(article.byline);
    columns.publishedAts.push(article.publishedAt);
    columns.urls.push(article.url);
    columns.bodies.push(article.body);
    columns.languages.push(article.language);
    columns.wordCounts.push(countWords(article.body));
    columns.hashes.push(contentHash(article.body));
    columns.provenances.push(JSON.stringify({ source: source.kind, name: source.name, row, batchId: source.batchId, siteName: article.siteName }));
    columns.minhashes.push(`{${signature.join(",")}}`);
    columns.bands.push(`{${lshBandHashes(signature).join(",")}}`);
  }
  return columns;
}

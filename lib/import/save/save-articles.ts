import { recordAudit } from "../../audit/record-audit.ts";
import type { Prisma } from "../../db/generated/client.ts";
import { createMissingOutlets, matchOutlets } from "../../outlets/resolve-outlets.ts";
import { linkSyndicatedCopies } from "../dedupe/link-syndicated-copies.ts";
import type { ParsedRow, SourceKind } from "../normalized-article.ts";
import { insertArticleChunk } from "./insert-articles.ts";
import { prepareArticle, type ArticleToSave, type PreparedArticle } from "./prepare-rows.ts";

const CHUNK_SIZE = 1000;

export interface SaveTarget {
  eventId: string | null;
  batchId: string | null;
  source: { kind: SourceKind; name: string };
  actorId: string | null;
  /** Called after each chunk with the rows written so far (for progress bars and job progress). */
  onProgress?: (done: number) => Promise<void> | void;
}

export interface SaveOutcome {
  created: number;
  duplicates: number;
  syndicated: number;
}

export class UnattributedRowError extends Error {
  constructor(readonly row: number) {
    super(`Row ${row} names neither an outlet nor a URL, so it cannot be attributed. Add the outlet and import again.`);
  }
}

/**
 * Stores parsed rows inside the caller's transaction: matches or creates outlets, inserts articles
 * (skipping what is already stored), links syndicated copies, and records one audit entry.
 */
export async function saveArticles(
  tx: Prisma.TransactionClient,
  rows: ParsedRow[],
  target: SaveTarget,
): Promise<SaveOutcome> {
  const outlets = await matchOutlets(
    tx,
    rows.map(({ article }) => ({ name: article.outlet, url: article.url })),
  );
  const outletIds = await createMissingOutlets(tx, outlets);
  const toSave: ArticleToSave[] = rows.map(({ row, article }, index) => {
    const outlet = outlets[index];
    if (!outlet) throw new UnattributedRowError(row);
    return { row, article, outletId: outletIds.get(outlet.name.toLowerCase())! };
  });

  const created: PreparedArticle[] = [];
  const prepare = (start: number) =>
    toSave
      .slice(start, start + CHUNK_SIZE)
      .map((row) => prepareArticle(row, { ...target.source, batchId: target.batchId }));
  let chunk = prepare(0);
  for (let start = 0; start < toSave.length; start += CHUNK_SIZE) {
    const inserting = insertArticleChunk(tx, chunk, target);
    // Fingerprint the next chunk while Postgres writes this one: the two cores work at once.
    await new Promise(setImmediate);
    const next = prepare(start + CHUNK_SIZE);
    const createdIds = await inserting;
    created.push(...chunk.filter((article) => createdIds.has(article.id)));
    chunk = next;
    await target.onProgress?.(Math.min(start + CHUNK_SIZE, toSave.length));
  }
  const syndicated = await linkSyndicatedCopies(tx, created);
  const outcome = { created: created.length, duplicates: rows.length - created.length, syndicated };
  await recordAudit(tx, {
    actorId: target.actorId,
    action: "import.save",
    entityType: target.batchId ? "import_batch" : "event",
    entityId: target.batchId ?? target.eventId ?? "none",
    after: { ...outcome, source: target.source.name, eventId: target.eventId },
  });
  return outcome;
}

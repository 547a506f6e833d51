import { recordAudit } from "../../audit/record-audit.ts";
import type { Prisma } from "../../db/generated/client.ts";
import { createMissingOutlets, matchOutlets } from "../../outlets/resolve-outlets.ts";
import { contentHash } from "../../articles/body-text.ts";
import { linkSyndicatedCopies } from "../dedupe/link-syndicated-copies.ts";
import { assignRowEvents } from "./assign-events.ts";
import { storeLshBands } from "../dedupe/store-lsh-bands.ts";
import type { ParsedRow } from "../normalized-article.ts";
import { insertArticles } from "./insert-articles.ts";
import type { ArticleToSave, RowTarget } from "./prepare-rows.ts";
import { selectNewArticles } from "./select-new-articles.ts";

export interface SaveTarget extends RowTarget {
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
 * Stores parsed rows inside the caller's transaction: matches or creates outlets, files each row under the
 * event it names (or the target's event), writes the articles not already stored, links syndicated copies, indexes the new articles' bands, and records one audit entry.
 */
export async function saveArticles(
  tx: Prisma.TransactionClient,
  rows: ParsedRow[],
  target: SaveTarget,
): Promise<SaveOutcome> {
  const fresh = await selectNewArticles(tx, await attributeRows(tx, rows, target));
  const skipped = rows.length - fresh.length;
  const created = await insertArticles(tx, fresh, {
    ...target,
    onProgress: (done) => target.onProgress?.(skipped + done),
  });
  const syndicated = await linkSyndicatedCopies(tx, created);
  await storeLshBands(
    tx,
    created.map((article) => article.id),
  );
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

async function attributeRows(
  tx: Prisma.TransactionClient,
  rows: ParsedRow[],
  target: SaveTarget,
): Promise<ArticleToSave[]> {
  const outlets = await matchOutlets(
    tx,
    rows.map(({ article }) => ({ name: article.outlet, url: article.url })),
  );
  const outletIds = await createMissingOutlets(tx, outlets);
  const eventIds = await assignRowEvents(tx, rows, target.eventId, target.actorId);
  return rows.map(({ row, article }, index) => {
    const outlet = outlets[index];
    if (!outlet) throw new UnattributedRowError(row);
    const outletId = outletIds.get(outlet.name.toLowerCase())!;
    return { row, article, outletId, eventId: eventIds[index], hash: contentHash(article.body) };
  });
}

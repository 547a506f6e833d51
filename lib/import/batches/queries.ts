import { db } from "../../db/client.ts";
import type { Prisma } from "../../db/generated/client.ts";
import type { RowError } from "../normalized-article.ts";
import { visibleBatchesWhere, type BatchActor } from "./batch-access.ts";
import type { ColumnReading } from "./stage-import.ts";
import { fromStaged } from "./staged-article.ts";

export async function findBatch(batchId: string) {
  const batch = await db().importBatch.findUnique({
    where: { id: batchId },
    include: { event: { select: { id: true, title: true } }, createdBy: { select: { name: true } } },
  });
  if (!batch) return null;
  return {
    ...batch,
    errors: batch.errors as unknown as RowError[],
    columns: batch.columns as unknown as ColumnReading[],
  };
}

export type ImportBatchDetails = NonNullable<Awaited<ReturnType<typeof findBatch>>>;

export async function loadStagedRows(batchId: string, page?: { offset: number; limit: number }) {
  const rows = await db().importRow.findMany({
    where: { batchId },
    orderBy: { rowNumber: "asc" },
    skip: page?.offset,
    take: page?.limit,
  });
  return rows.map((row) => ({ row: row.rowNumber, article: fromStaged(row.article) }));
}

/** The latest batches the actor may see: everyone's saved ones, and unsaved previews of their own (all for admins). */
export function listRecentBatches(actor: BatchActor, limit = 20) {
  return db().importBatch.findMany({
    where: visibleBatchesWhere(actor),
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      id: true,
      sourceKind: true,
      sourceName: true,
      status: true,
      totalRows: true,
      createdCount: true,
      createdAt: true,
      event: { select: { id: true, title: true } },
      createdBy: { select: { name: true } },
    },
  });
}

export function batchProgress(batchId: string) {
  return db().importBatch.findUnique({
    where: { id: batchId },
    select: {
      status: true,
      createdById: true,
      totalRows: true,
      processedRows: true,
      createdCount: true,
      message: true,
      errors: true,
    },
  });
}

/** Staged rows that name no event of their own: they go to the event the reviewer chooses. */
export async function countRowsWithoutEvent(
  reader: Pick<Prisma.TransactionClient, "$queryRaw">,
  batchId: string,
): Promise<number> {
  const [result] = await reader.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM import_rows WHERE batch_id = ${batchId}::uuid AND article->>'event' IS NULL`;
  return result.count;
}

/** The events a saved batch's articles went to, with how many each. */
export function savedBatchEvents(batchId: string) {
  return db().$queryRaw<{ id: string; title: string; articles: number }[]>`
    SELECT e.id, e.title, count(*)::int AS articles FROM articles a JOIN events e ON e.id = a.event_id
    WHERE a.batch_id = ${batchId}::uuid GROUP BY e.id ORDER BY articles DESC, e.title`;
}

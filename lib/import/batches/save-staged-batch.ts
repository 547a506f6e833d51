import { db } from "../../db/client.ts";
import type { Prisma } from "../../db/generated/client.ts";
import type { SourceKind } from "../normalized-article.ts";
import { saveArticles, UnattributedRowError } from "../save/save-articles.ts";
import { lockBatchSave } from "./batch-save-lock.ts";
import { loadStagedRows } from "./queries.ts";

const SAVE_TIMEOUT_MS = 30 * 60_000;
// A batch is saved from these; a preview is not confirmed yet, a completed batch is saved already.
const SAVABLE = new Set(["QUEUED", "RUNNING", "FAILED"]);

/**
 * Saves a confirmed batch's staged rows in one transaction: all valid rows are stored, or none.
 * Progress is written outside the transaction so the reviewer can watch it from any app instance.
 * Safe to run again and at once from several places (a retried job, a batch requeued after a crash): saves of
 * one batch take turns, and a batch already saved is left alone, so its articles are never stored twice.
 */
export async function saveStagedBatch(batchId: string): Promise<void> {
  try {
    await db().$transaction((tx) => saveUnlessSaved(tx, batchId), { timeout: SAVE_TIMEOUT_MS, maxWait: 30_000 });
  } catch (error) {
    await db().importBatch.update({
      where: { id: batchId },
      data: { status: "FAILED", message: failureMessage(error), finishedAt: new Date() },
    });
    throw error;
  }
}

async function saveUnlessSaved(tx: Prisma.TransactionClient, batchId: string): Promise<void> {
  await lockBatchSave(tx, batchId);
  const current = await tx.importBatch.findUnique({ where: { id: batchId }, select: { status: true } });
  if (!current || !SAVABLE.has(current.status)) return;
  // Outside the transaction, like the progress: others see that the save has started.
  const batch = await db().importBatch.update({
    where: { id: batchId },
    data: { status: "RUNNING", processedRows: 0, message: null },
  });
  const rows = await loadStagedRows(batchId);
  const outcome = await saveArticles(tx, rows, {
    eventId: batch.eventId,
    batchId,
    source: { kind: batch.sourceKind as SourceKind, name: batch.sourceName },
    actorId: batch.createdById,
    onProgress: (done) => reportProgress(batchId, done),
  });
  await tx.importBatch.update({
    where: { id: batchId },
    data: { status: "COMPLETED", processedRows: rows.length, createdCount: outcome.created, finishedAt: new Date() },
  });
  await tx.importRow.deleteMany({ where: { batchId } });
}

async function reportProgress(batchId: string, done: number): Promise<void> {
  await db().importBatch.update({ where: { id: batchId }, data: { processedRows: done } });
}

function failureMessage(error: unknown): string {
  if (error instanceof UnattributedRowError) return `Nothing was saved. ${error.message}`;
  const detail = error instanceof Error ? error.message.split("\n").at(-1) : String(error);
  return `Nothing was saved: the database refused the batch (${detail}). Try again; if it fails again, split the file into smaller parts and tell an admin.`;
}

import { db } from "../../db/client.ts";
import { saveArticles, type SaveOutcome } from "../save/save-articles.ts";
import type { ImportSource } from "./stage-import.ts";

const SAVE_TIMEOUT_MS = 30 * 60_000;

/**
 * Saves parsed rows at once, without a preview: the command-line import, whose --dry-run is its
 * preview. Recorded as a batch like any import; all rows are stored or none.
 */
export async function saveImportSource(
  source: ImportSource,
  target: { eventId: string | null; actorId: string | null; onProgress?: (done: number) => void },
): Promise<SaveOutcome & { batchId: string }> {
  const { rows, errors } = source.result;
  const batch = await db().importBatch.create({
    data: {
      createdById: target.actorId,
      sourceKind: source.kind,
      sourceName: source.name.slice(0, 500),
      columns: (source.columns ?? []).map((column) => ({ ...column })),
      errors: errors.map((error) => ({ ...error })),
      totalRows: rows.length,
      eventId: target.eventId,
      status: "RUNNING",
    },
  });
  try {
    const outcome = await db().$transaction(
      async (tx) => {
        const saved = await saveArticles(tx, rows, { ...target, batchId: batch.id, source });
        await tx.importBatch.update({
          where: { id: batch.id },
          data: {
            status: "COMPLETED",
            processedRows: rows.length,
            createdCount: saved.created,
            finishedAt: new Date(),
          },
        });
        return saved;
      },
      { timeout: SAVE_TIMEOUT_MS, maxWait: 30_000 },
    );
    return { ...outcome, batchId: batch.id };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db().importBatch.update({
      where: { id: batch.id },
      data: { status: "FAILED", message: `Nothing was saved: ${message}`, finishedAt: new Date() },
    });
    throw error;
  }
}

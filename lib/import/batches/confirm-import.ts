import { recordAudit } from "../../audit/record-audit.ts";
import { db } from "../../db/client.ts";
import type { Prisma } from "../../db/generated/client.ts";
import { createEvent } from "../../events/create-event.ts";
import { enqueueBatchSave } from "../jobs/import-queue.ts";
import type { EventChoice } from "./schemas.ts";
import { saveStagedBatch } from "./save-staged-batch.ts";

/** Batches up to this size are saved while the reviewer waits; larger ones go to the queue. */
export const INLINE_SAVE_ROWS = 200;

export class ImportStateError extends Error {}

/**
 * Confirms a previewed import: attaches it to an event (creating the event if asked) and saves it,
 * inline for small batches or through the job queue for large ones. A failed inline save is reported
 * as "failed" with its reason recorded on the batch.
 */
export async function confirmImport(
  batchId: string,
  choice: EventChoice,
  actorId: string,
): Promise<"saved" | "queued" | "failed"> {
  const totalRows = await db().$transaction(async (tx) => {
    const [batch] = await tx.$queryRaw<{ status: string; total_rows: number }[]>`
      SELECT status, total_rows FROM import_batches WHERE id = ${batchId}::uuid FOR UPDATE`;
    if (!batch) throw new ImportStateError("This import no longer exists. Start a new import.");
    if (batch.status !== "PREVIEW")
      throw new ImportStateError("This import was already confirmed; see its progress below.");
    if (batch.total_rows === 0)
      throw new ImportStateError("This import has no valid rows to save. Fix the errors listed and import again.");
    const eventId =
      "eventId" in choice
        ? choice.eventId
        : await createEvent(tx, { title: choice.newEventTitle, ...(await stagedDateSpan(tx, batchId)) }, actorId);
    await tx.importBatch.update({ where: { id: batchId }, data: { eventId, status: "QUEUED" } });
    await recordAudit(tx, {
      actorId,
      action: "import.confirm",
      entityType: "import_batch",
      entityId: batchId,
      after: { eventId },
    });
    return batch.total_rows;
  });
  if (totalRows > INLINE_SAVE_ROWS) {
    await enqueueBatchSave(batchId);
    return "queued";
  }
  try {
    await saveStagedBatch(batchId);
    return "saved";
  } catch {
    return "failed"; // saveStagedBatch recorded why on the batch, where the import page shows it
  }
}

async function stagedDateSpan(tx: Prisma.TransactionClient, batchId: string) {
  const [span] = await tx.$queryRaw<{ starts_on: Date | null; ends_on: Date | null }[]>`
    SELECT min((article->>'publishedAt')::timestamptz) AS starts_on, max((article->>'publishedAt')::timestamptz) AS ends_on
    FROM import_rows WHERE batch_id = ${batchId}::uuid`;
  return { startsOn: span?.starts_on ?? null, endsOn: span?.ends_on ?? null };
}

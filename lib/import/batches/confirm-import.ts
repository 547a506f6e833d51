import { recordAudit } from "../../audit/record-audit.ts";
import { db } from "../../db/client.ts";
import type { Prisma } from "../../db/generated/client.ts";
import { createEvent } from "../../events/create-event.ts";
import { enqueueBatchSave } from "../jobs/import-queue.ts";
import { ImportStateError, lockPreviewForChange, type BatchActor } from "./batch-access.ts";
import { proposedOutlets } from "./new-outlets.ts";
import { countRowsWithoutEvent } from "./queries.ts";
import type { EventChoice } from "./schemas.ts";
import { saveStagedBatch } from "./save-staged-batch.ts";

/** Batches up to this size are saved while the reviewer waits; larger ones go to the queue. */
export const INLINE_SAVE_ROWS = 200;

/**
 * Confirms a previewed import: rows that name an event go to it, the others to the chosen event (created
 * if asked), and the batch is saved inline for small batches or through the job queue for large ones. Only
 * the batch's creator or an admin may confirm, and only once every new outlet has been decided. A failed
 * inline save is reported as "failed" with its reason recorded on the batch.
 */
export async function confirmImport(
  batchId: string,
  choice: EventChoice | null,
  actor: BatchActor,
): Promise<"saved" | "queued" | "failed"> {
  const totalRows = await db().$transaction(async (tx) => {
    const batch = await lockPreviewForChange(tx, batchId, actor);
    if (batch.totalRows === 0)
      throw new ImportStateError("This import has no valid rows to save. Fix the errors listed and import again.");
    await assertOutletsDecided(tx, batchId);
    const eventId = await chosenEvent(tx, batchId, choice, actor.id);
    await tx.importBatch.update({ where: { id: batchId }, data: { eventId, status: "QUEUED" } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "import.confirm",
      entityType: "import_batch",
      entityId: batchId,
      after: { eventId },
    });
    return batch.totalRows;
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

async function assertOutletsDecided(tx: Prisma.TransactionClient, batchId: string): Promise<void> {
  const undecided = (await proposedOutlets(tx, batchId)).filter((outlet) => !outlet.approved);
  if (undecided.length === 0) return;
  const names = undecided.map((outlet) => `“${outlet.name}”`).join(", ");
  throw new ImportStateError(
    `Say whether ${names} ${undecided.length === 1 ? "is a new outlet" : "are new outlets"} or one already stored, then save.`,
  );
}

/** The event for rows that name none; null when every row names its own. */
async function chosenEvent(
  tx: Prisma.TransactionClient,
  batchId: string,
  choice: EventChoice | null,
  actorId: string,
): Promise<string | null> {
  if (choice && "eventId" in choice) return choice.eventId;
  if (choice) return createEvent(tx, { title: choice.newEventTitle, ...(await stagedDateSpan(tx, batchId)) }, actorId);
  const without = await countRowsWithoutEvent(tx, batchId);
  if (without > 0)
    throw new ImportStateError(
      `${without} ${without === 1 ? "row names" : "rows name"} no event: choose one for them.`,
    );
  return null;
}

/** The dates of the rows the chosen new event will hold: those that name no event of their own. */
async function stagedDateSpan(tx: Prisma.TransactionClient, batchId: string) {
  const [span] = await tx.$queryRaw<{ starts_on: Date | null; ends_on: Date | null }[]>`
    SELECT min((article->>'publishedAt')::timestamptz) AS starts_on, max((article->>'publishedAt')::timestamptz) AS ends_on
    FROM import_rows WHERE batch_id = ${batchId}::uuid AND article->>'event' IS NULL`;
  return { startsOn: span?.starts_on ?? null, endsOn: span?.ends_on ?? null };
}

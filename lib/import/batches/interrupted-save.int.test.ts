import { describe, expect, it } from "vitest";
import { makeEvent, makeOutlet, makeUser } from "../../../test/factories.ts";
import { db } from "../../db/client.ts";
import { validateCandidate, type ParsedRow } from "../normalized-article.ts";
import { tryLockBatchSave } from "./batch-save-lock.ts";
import { requeueInterruptedBatches } from "./requeue-interrupted-batches.ts";
import { saveStagedBatch } from "./save-staged-batch.ts";
import { stageImport } from "./stage-import.ts";

// A save can be cut off (the app killed mid-save) and run again (the requeued batch, and later pg-boss's own retry
// of the dead job): whatever happens, a batch's articles are stored once, all together.
function rows(count: number, host: string): ParsedRow[] {
  return Array.from({ length: count }, (_, index) => {
    const parsed = validateCandidate(index + 2, {
      outlet: "Durable Wire",
      url: `https://${host}/story-${index}`,
      title: `Story ${index}`,
      body: `Story ${index} from ${host}: inspectors examined unit ${index} and found the seals of line ${index * 7} intact.`,
      publishedAt: new Date("2026-03-10T10:00:00Z"),
    });
    if (Array.isArray(parsed)) throw new Error(JSON.stringify(parsed));
    return parsed;
  });
}

/** A confirmed batch as confirmImport leaves it: queued for the chosen event. */
async function confirmedBatch(count: number, host: string) {
  await makeOutlet("Durable Wire").catch(() => undefined); // one outlet for every test of the file
  const reviewer = await makeUser("REVIEWER");
  const event = await makeEvent(`Durable ${host}`);
  const batchId = await stageImport(
    { kind: "csv", name: `${host}.csv`, result: { rows: rows(count, host), errors: [] } },
    reviewer.id,
  );
  await db().importBatch.update({ where: { id: batchId }, data: { status: "QUEUED", eventId: event.id } });
  return batchId;
}

const articlesOf = (batchId: string) => db().article.count({ where: { batchId } });
const saveAudits = (batchId: string) => db().auditLog.count({ where: { action: "import.save", entityId: batchId } });

describe("saving a batch again", () => {
  it("does nothing once the batch is saved", async () => {
    const batchId = await confirmedBatch(12, "twice.example");
    await saveStagedBatch(batchId);
    await saveStagedBatch(batchId);
    expect(await articlesOf(batchId)).toBe(12);
    expect(await saveAudits(batchId)).toBe(1);
    expect(await db().importBatch.findUniqueOrThrow({ where: { id: batchId } })).toMatchObject({
      status: "COMPLETED",
      createdCount: 12,
    });
  });

  it("stores the articles once when two saves of the batch run at the same time", async () => {
    const batchId = await confirmedBatch(30, "together.example");
    await Promise.all([saveStagedBatch(batchId), saveStagedBatch(batchId)]);
    expect(await articlesOf(batchId)).toBe(30);
    expect(await saveAudits(batchId)).toBe(1);
  });
});

describe("requeueing interrupted batches", () => {
  it("queues a batch left saving by a dead process from the start, and its save then stores it whole", async () => {
    const batchId = await confirmedBatch(20, "killed.example");
    // What a SIGKILL mid-save leaves: marked as saving with some progress, its transaction rolled back.
    await db().importBatch.update({ where: { id: batchId }, data: { status: "RUNNING", processedRows: 10 } });

    expect(await requeueInterruptedBatches()).toContain(batchId);
    expect(await db().importBatch.findUniqueOrThrow({ where: { id: batchId } })).toMatchObject({
      status: "QUEUED",
      processedRows: 0,
    });
    await saveStagedBatch(batchId);
    expect(await articlesOf(batchId)).toBe(20);
  });

  it("leaves alone a batch whose save is running, and batches not confirmed or already saved", async () => {
    const running = await confirmedBatch(5, "running.example");
    const saved = await confirmedBatch(5, "saved.example");
    await saveStagedBatch(saved);
    const preview = await stageImport(
      { kind: "csv", name: "preview.csv", result: { rows: rows(2, "preview.example"), errors: [] } },
      null,
    );
    await db().importBatch.update({ where: { id: running }, data: { status: "RUNNING" } });

    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const holding = new Promise<void>((resolve) => (locked = resolve));
    // Another instance's save, holding the batch's lock in its open transaction.
    const saving = db().$transaction(async (tx) => {
      expect(await tryLockBatchSave(tx, running)).toBe(true);
      locked();
      await held;
    });
    await holding;
    const requeued = await requeueInterruptedBatches();
    release();
    await saving;

    expect(requeued).not.toContain(running);
    expect(requeued).not.toContain(saved);
    expect(requeued).not.toContain(preview);
    expect((await db().importBatch.findUniqueOrThrow({ where: { id: running } })).status).toBe("RUNNING");
  });
});

import { afterAll, describe, expect, it } from "vitest";
import { db } from "../../db/client.ts";
import { makeEvent, makeUser } from "../../../test/factories.ts";
import { stopImportQueue, startImportWorker } from "../jobs/import-queue.ts";
import { validateCandidate, type ParsedRow } from "../normalized-article.ts";
import { classifyRows } from "./classify-rows.ts";
import { confirmImport, ImportStateError, INLINE_SAVE_ROWS } from "./confirm-import.ts";
import { loadStagedRows } from "./queries.ts";
import { stageImport } from "./stage-import.ts";

function rows(count: number, host: string): ParsedRow[] {
  return Array.from({ length: count }, (_, index) => {
    const parsed = validateCandidate(index + 2, {
      url: `https://${host}/story-${index}`,
      title: `Story ${index}`,
      body: `Story number ${index} from ${host}: officials said the plant would stay closed while inspectors examine item ${index}.`,
      publishedAt: new Date("2026-03-10T10:00:00Z"),
    });
    if (Array.isArray(parsed)) throw new Error(JSON.stringify(parsed));
    return parsed;
  });
}

async function waitForStatus(batchId: string, statuses: string[], timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const batch = await db().importBatch.findUniqueOrThrow({ where: { id: batchId } });
    if (statuses.includes(batch.status)) return batch;
    if (Date.now() > deadline) throw new Error(`Batch stayed ${batch.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

afterAll(stopImportQueue);

describe("staged import, preview and confirm", () => {
  it("stages rows without creating articles, then saves them inline on confirm, once", async () => {
    const reviewer = await makeUser("REVIEWER");
    const event = await makeEvent("Inline");
    const batchId = await stageImport(
      {
        kind: "csv",
        name: "small.csv",
        result: {
          rows: rows(3, "inline.example"),
          errors: [{ row: 5, field: "title", reason: "The title is empty." }],
        },
      },
      reviewer.id,
    );
    expect(await db().article.count()).toBe(0);

    expect(await confirmImport(batchId, { eventId: event.id }, reviewer.id)).toBe("saved");
    const batch = await db().importBatch.findUniqueOrThrow({ where: { id: batchId } });
    expect(batch).toMatchObject({ status: "COMPLETED", createdCount: 3, processedRows: 3, eventId: event.id });
    expect(await db().article.count({ where: { eventId: event.id, batchId } })).toBe(3);
    await expect(confirmImport(batchId, { eventId: event.id }, reviewer.id)).rejects.toThrow(ImportStateError);

    const again = await stageImport(
      { kind: "csv", name: "small.csv", result: { rows: rows(3, "inline.example"), errors: [] } },
      reviewer.id,
    );
    const preview = await classifyRows(await loadStagedRows(again));
    expect(preview.map((row) => row.outcome.kind)).toEqual(["duplicate", "duplicate", "duplicate"]);
  });

  it("queues a large batch for a worker, which saves it with progress and creates a new event", async () => {
    const reviewer = await makeUser("REVIEWER");
    const count = INLINE_SAVE_ROWS + 50;
    const batchId = await stageImport(
      { kind: "ndjson", name: "large.ndjson", result: { rows: rows(count, "queued.example"), errors: [] } },
      reviewer.id,
    );
    await startImportWorker();

    expect(await confirmImport(batchId, { newEventTitle: "Queued import event" }, reviewer.id)).toBe("queued");
    const batch = await waitForStatus(batchId, ["COMPLETED", "FAILED"]);

    expect(batch).toMatchObject({ status: "COMPLETED", createdCount: count, processedRows: count });
    const event = await db().event.findFirstOrThrow({ where: { title: "Queued import event" } });
    expect([event.startsOn, event.endsOn].map((date) => date?.toISOString().slice(0, 10))).toEqual(["2026-03-10", "2026-03-10"]);
    expect(await db().article.count({ where: { eventId: event.id } })).toBe(count);
    expect(await db().importRow.count({ where: { batchId } })).toBe(0);
  });
});

import { afterAll, describe, expect, it } from "vitest";
import { db } from "../../db/client.ts";
import { makeEvent, makeOutlet, makeUser } from "../../../test/factories.ts";
import { stopImportQueue, startImportWorker } from "../jobs/import-queue.ts";
import { validateCandidate, type ParsedRow } from "../normalized-article.ts";
import { classifyRows } from "./classify-rows.ts";
import { ImportStateError } from "./batch-access.ts";
import { confirmImport, INLINE_SAVE_ROWS } from "./confirm-import.ts";
import { decideNewOutlets } from "./decide-new-outlets.ts";
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
    await expect(confirmImport(batchId, { eventId: event.id }, reviewer)).rejects.toThrow(/“Inline” is a new outlet/);
    await decideNewOutlets(batchId, [{ name: "Inline", choice: "new" }], reviewer);

    expect(await confirmImport(batchId, { eventId: event.id }, reviewer)).toBe("saved");
    const batch = await db().importBatch.findUniqueOrThrow({ where: { id: batchId } });
    expect(batch).toMatchObject({ status: "COMPLETED", createdCount: 3, processedRows: 3, eventId: event.id });
    expect(await db().article.count({ where: { eventId: event.id, batchId } })).toBe(3);
    await expect(confirmImport(batchId, { eventId: event.id }, reviewer)).rejects.toThrow(ImportStateError);

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
    await decideNewOutlets(batchId, [{ name: "Queued", choice: "new" }], reviewer);

    expect(await confirmImport(batchId, { newEventTitle: "Queued import event" }, reviewer)).toBe("queued");
    const batch = await waitForStatus(batchId, ["COMPLETED", "FAILED"]);

    expect(batch).toMatchObject({ status: "COMPLETED", createdCount: count, processedRows: count });
    const event = await db().event.findFirstOrThrow({ where: { title: "Queued import event" } });
    expect([event.startsOn, event.endsOn].map((date) => date?.toISOString().slice(0, 10))).toEqual([
      "2026-03-10",
      "2026-03-10",
    ]);
    expect(await db().article.count({ where: { eventId: event.id } })).toBe(count);
    expect(await db().importRow.count({ where: { batchId } })).toBe(0);
  });

  it("lets only the batch's creator or an admin confirm it", async () => {
    const [creator, other, admin] = await Promise.all([makeUser("REVIEWER"), makeUser("REVIEWER"), makeUser("ADMIN")]);
    const event = await makeEvent("Owned");
    const source = { kind: "csv" as const, name: "owned.csv", result: { rows: rows(2, "owned.example"), errors: [] } };
    const batchId = await stageImport(source, creator.id);

    await expect(decideNewOutlets(batchId, [{ name: "Owned", choice: "new" }], other)).rejects.toThrow(
      /This import no longer exists/,
    );
    await expect(confirmImport(batchId, { eventId: event.id }, other)).rejects.toThrow(/This import no longer exists/);
    await decideNewOutlets(batchId, [{ name: "Owned", choice: "new" }], admin);
    expect(await confirmImport(batchId, { eventId: event.id }, admin)).toBe("saved");
  });

  it("needs no event choice when every row names its event, and asks for one when some do not", async () => {
    const reviewer = await makeUser("REVIEWER");
    const named = rows(2, "named.example").map((row) => ({
      ...row,
      article: { ...row.article, event: "Named event" },
    }));
    const allNamed = await stageImport(
      { kind: "csv", name: "a.csv", result: { rows: named, errors: [] } },
      reviewer.id,
    );
    await decideNewOutlets(allNamed, [{ name: "Named", choice: "new" }], reviewer);
    expect(await confirmImport(allNamed, null, reviewer)).toBe("saved");
    const event = await db().event.findFirstOrThrow({ where: { title: "Named event" } });
    expect(await db().article.count({ where: { eventId: event.id } })).toBe(2);

    const mixed = [...rows(1, "mixed.example"), { ...named[0], row: 9 }];
    const someNamed = await stageImport(
      { kind: "csv", name: "b.csv", result: { rows: mixed, errors: [] } },
      reviewer.id,
    );
    await decideNewOutlets(someNamed, [{ name: "Mixed", choice: "new" }], reviewer);
    await expect(confirmImport(someNamed, null, reviewer)).rejects.toThrow(
      "1 row names no event: choose one for them.",
    );
  });

  it("files a proposed outlet's rows under an existing outlet when the reviewer says it is that one", async () => {
    const reviewer = await makeUser("REVIEWER");
    const lbci = await makeOutlet("LBCI (lbcgroup.tv)");
    const typed = rows(1, "x.example").map((row) => ({
      ...row,
      article: { ...row.article, url: null, outlet: "LBCI" },
    }));
    const batchId = await stageImport(
      { kind: "paste", name: "pasted text", result: { rows: typed, errors: [] } },
      reviewer.id,
    );
    await decideNewOutlets(batchId, [{ name: "LBCI", choice: lbci.id }], reviewer);
    expect(await confirmImport(batchId, { newEventTitle: "LBCI coverage" }, reviewer)).toBe("saved");
    expect(await db().article.count({ where: { outletId: lbci.id } })).toBe(1);
    expect(await db().outlet.count({ where: { name: "LBCI" } })).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { makeOutlet, makeUser } from "../../../test/factories.ts";
import { db } from "../../db/client.ts";
import { readImportSource } from "../read-source.ts";
import { confirmImport } from "./confirm-import.ts";
import { decideNewOutlets } from "./decide-new-outlets.ts";
import { previewBatch } from "./preview-batch.ts";
import { stageImport } from "./stage-import.ts";

const STORY =
  "The harbour board voted on Tuesday to raise the berthing levy by a fifth, citing the cost of dredging the channel.";

/** Stages a CSV through the Import page's reader, as an uploaded file. */
async function stageCsv(csv: string, reviewerId: string) {
  const bytes = new TextEncoder().encode(csv);
  const source = await readImportSource({
    kind: "file",
    fileName: "portal.csv",
    contentType: "text/csv",
    size: bytes.length,
    chunks: async function* () {
      yield bytes;
    },
  });
  return stageImport(source, reviewerId);
}

const OTHER_STORY = "Dredgers from three countries bid for the contract, and the winner starts work in the spring.";

const csvRow = (outlet: string, url: string, title: string, body: string) =>
  [outlet, url, title, "2026-03-12", body].map((cell) => `"${cell}"`).join(",");

describe("two new outlets of one batch on one web domain", () => {
  it("creates both, stores the domain with neither, says so in the preview and still links their copies", async () => {
    const reviewer = await makeUser("REVIEWER");
    const csv = [
      "outlet,url,title,published_at,body",
      csvRow("Portal Gazette", "https://portal.example/a", "Levy rises", STORY),
      csvRow("Portal Ledger", "https://www.portal.example/b", "Levy rises again", STORY),
      csvRow("Portal Ledger", "https://ledger-own.example/c", "Dredging costs", OTHER_STORY),
    ].join("\n");
    const batchId = await stageCsv(csv, reviewer.id);

    const { newOutlets } = (await previewBatch(batchId, 0))!;
    expect(newOutlets.map(({ name, domain, shared }) => ({ name, domain, shared }))).toEqual([
      { name: "Portal Gazette", domain: null, shared: { domain: "portal.example", with: ["Portal Ledger"] } },
      {
        name: "Portal Ledger",
        domain: "ledger-own.example",
        shared: { domain: "portal.example", with: ["Portal Gazette"] },
      },
    ]);

    await decideNewOutlets(
      batchId,
      newOutlets.map(({ name }) => ({ name, choice: "new" as const })),
      reviewer,
    );
    expect(await confirmImport(batchId, { newEventTitle: "Levy" }, reviewer)).toBe("saved");

    const outlets = await db().outlet.findMany({
      where: { name: { startsWith: "Portal " } },
      orderBy: { name: "asc" },
      select: { name: true, domains: { select: { domain: true } }, articles: { select: { syndicatedFromId: true } } },
    });
    expect(outlets.map(({ name, domains }) => [name, domains.map((row) => row.domain)])).toEqual([
      ["Portal Gazette", []],
      ["Portal Ledger", ["ledger-own.example"]],
    ]);
    const copies = outlets.flatMap((outlet) => outlet.articles).filter((article) => article.syndicatedFromId);
    expect(copies, "the same story from the two outlets is one story and one copy").toHaveLength(1);
  });

  it("files a row under the stored outlet that already owns the domain, whatever name it gives", async () => {
    const reviewer = await makeUser("REVIEWER");
    const owner = await makeOutlet("Owner Wire");
    const batchId = await stageCsv(
      [
        "outlet,url,title,published_at,body",
        csvRow("Another Name", "https://ownerwire.example/x", "Quay works", STORY),
      ].join("\n"),
      reviewer.id,
    );
    expect((await previewBatch(batchId, 0))!.newOutlets).toEqual([]);
    expect(await confirmImport(batchId, { newEventTitle: "Quay" }, reviewer)).toBe("saved");
    expect(await db().article.count({ where: { batchId, outletId: owner.id } })).toBe(1);
  });
});

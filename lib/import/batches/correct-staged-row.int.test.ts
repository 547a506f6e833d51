import { describe, expect, it } from "vitest";
import { db } from "../../db/client.ts";
import { makeOutlet, makeUser } from "../../../test/factories.ts";
import { validateCandidate, type ParsedRow } from "../normalized-article.ts";
import { correctStagedRow, rowCorrectionSchema } from "./correct-staged-row.ts";
import { proposedOutlets } from "./new-outlets.ts";
import { loadStagedRows } from "./queries.ts";
import { stageImport } from "./stage-import.ts";

const pasted = validateCandidate(1, {
  title: "Hamas to boycott talks",
  body: "A source close to Hamas said…",
}) as ParsedRow;

async function stagePaste() {
  const reviewer = await makeUser("REVIEWER");
  const batchId = await stageImport(
    { kind: "paste", name: "pasted text", result: { rows: [pasted], errors: [] } },
    reviewer.id,
  );
  return { reviewer, batchId };
}

const correction = (fields: Record<string, string>) =>
  rowCorrectionSchema.parse({ row: "1", title: "Hamas to boycott talks", ...fields });

describe("correctStagedRow", () => {
  it("files a typed alias or domain under the stored outlet's own name", async () => {
    const lbci = await makeOutlet("LBCI (lbcgroup.tv)");
    await db().outlet.update({ where: { id: lbci.id }, data: { aliases: ["LBCI"] } });
    const { reviewer, batchId } = await stagePaste();

    expect(await correctStagedRow(batchId, correction({ outlet: " lbci " }), reviewer)).toBeNull();
    expect((await loadStagedRows(batchId))[0].article.outlet).toBe("LBCI (lbcgroup.tv)");
    expect(await proposedOutlets(db(), batchId)).toEqual([]);
  });

  it("refuses an unknown outlet name, suggesting the stored one it looks like, unless a new outlet is chosen", async () => {
    await makeOutlet("Al Mayadeen (almayadeen.net)");
    const { reviewer, batchId } = await stagePaste();

    const refused = await correctStagedRow(batchId, correction({ outlet: "Al Mayadeen" }), reviewer);
    expect(refused?.issues[0]).toMatchObject({ path: ["outlet"] });
    expect(refused?.issues[0].message).toContain("Did you mean “Al Mayadeen (almayadeen.net)”?");

    expect(
      await correctStagedRow(batchId, correction({ outlet: "Mayadeen TV", newOutlet: "on" }), reviewer),
    ).toBeNull();
    expect(await proposedOutlets(db(), batchId)).toEqual([
      { name: "Mayadeen TV", domain: null, shared: null, rows: [1], approved: true },
    ]);
  });

  it("reads dates as the page writes them, and refuses another reviewer", async () => {
    const { reviewer, batchId } = await stagePaste();
    await correctStagedRow(batchId, correction({ publishedAt: "5 Jun 2024" }), reviewer);
    expect((await loadStagedRows(batchId))[0].article.publishedAt?.toISOString()).toBe("2024-06-05T00:00:00.000Z");

    const other = await makeUser("REVIEWER");
    await expect(correctStagedRow(batchId, correction({ title: "Changed" }), other)).rejects.toThrow(
      /This import no longer exists/,
    );
  });
});

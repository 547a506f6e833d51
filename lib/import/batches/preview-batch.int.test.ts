import { describe, expect, it } from "vitest";
import { db } from "../../db/client.ts";
import { makeArticle, makeEvent, makeOutlet, makeUser } from "../../../test/factories.ts";
import { validateCandidate, type NormalizedArticleInput, type ParsedRow } from "../normalized-article.ts";
import { previewBatch } from "./preview-batch.ts";
import { stageImport } from "./stage-import.ts";

function row(row: number, fields: Partial<NormalizedArticleInput>): ParsedRow {
  const parsed = validateCandidate(row, { title: `Story ${row}`, body: `Body of story ${row}.`, ...fields });
  if (Array.isArray(parsed)) throw new Error(JSON.stringify(parsed));
  return parsed;
}

async function stage(rows: ParsedRow[]) {
  const reviewer = await makeUser("REVIEWER");
  return stageImport({ kind: "csv", name: "preview.csv", result: { rows, errors: [] } }, reviewer.id);
}

describe("previewBatch", () => {
  it("flags a text already stored word for word under another outlet, and offers the outlet it looks like", async () => {
    const lbci = await makeOutlet("LBCI (lbcgroup.tv)");
    const stored = await makeArticle(lbci.id, null, "Hamas will not join the talks, a source close to the group said.");
    const batchId = await stage([row(1, { outlet: "LBCI", body: stored.bodyText })]);

    const preview = (await previewBatch(batchId, 0))!;

    expect(preview.rows[0].identicalTo).toEqual({ articleId: stored.id, title: stored.title, outlet: lbci.name });
    expect(preview.newOutlets).toEqual([
      {
        name: "LBCI",
        domain: null,
        shared: null,
        rows: [1],
        approved: false,
        similar: [{ id: lbci.id, name: lbci.name }],
      },
    ]);
  });

  it("lists the events the rows name, and suggests events only for the rows that name none", async () => {
    const existing = await makeEvent("Rafah ceasefire talks", "2024-06-05");
    const batchId = await stage([
      row(2, { outlet: "Wire", event: "RAFAH ceasefire talks", title: "Talks stall in Cairo" }),
      row(3, { outlet: "Wire", event: "Nuseirat rescue", title: "Hostages rescued" }),
      row(4, { outlet: "Wire", event: "Nuseirat rescue", title: "Death toll rises" }),
      row(5, { outlet: "Wire", title: "Rafah ceasefire talks resume", publishedAt: new Date("2024-06-05T10:00:00Z") }),
    ]);

    const { events, suggestions } = (await previewBatch(batchId, 0))!;

    expect(events).toEqual({
      named: [
        {
          name: "RAFAH ceasefire talks",
          key: "rafah ceasefire talks",
          existing: { id: existing.id, title: existing.title },
          rows: 1,
        },
        { name: "Nuseirat rescue", key: "nuseirat rescue", existing: null, rows: 2 },
      ],
      withoutEvent: 1,
    });
    expect(suggestions.map((s) => [s.id, s.relevant])).toEqual([[existing.id, true]]);
    expect(await db().event.count()).toBe(1);
  });
});

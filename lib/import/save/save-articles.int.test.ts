import { describe, expect, it } from "vitest";
import { db } from "../../db/client.ts";
import { makeEvent } from "../../../test/factories.ts";
import { validateCandidate, type NormalizedArticleInput, type ParsedRow } from "../normalized-article.ts";
import { saveArticles, UnattributedRowError, type SaveTarget } from "./save-articles.ts";

const WIRE_BODY = Array.from(
  { length: 12 },
  (_, i) =>
    `Paragraph ${i} of the wire story: firefighters in Port Calder fought the blaze at the polymer plant through the night while officials ordered residents of ${i + 3} streets to leave their homes.`,
).join("\n\n");

function row(row: number, fields: Partial<NormalizedArticleInput>): ParsedRow {
  const parsed = validateCandidate(row, {
    title: `Story ${row}`,
    body: `Unique body number ${row} about the fire.`,
    ...fields,
  });
  if (Array.isArray(parsed)) throw new Error(JSON.stringify(parsed));
  return parsed;
}

const target = (eventId: string): SaveTarget => ({
  eventId,
  batchId: null,
  source: { kind: "csv", name: "test.csv" },
  actorId: null,
});

describe("saveArticles", () => {
  it("creates outlets named by the source or by the URL's domain, is idempotent, and skips same-outlet duplicates by URL or by text", async () => {
    const event = await makeEvent("Fire");
    const rows = [
      row(2, { url: "https://www.harborwire.example/fire", body: WIRE_BODY }),
      row(3, { outlet: "Tideline", url: "https://tideline.example/fire-1" }),
      row(4, { outlet: "Tideline", url: "https://tideline.example/fire-2" }),
    ];
    const first = await db().$transaction((tx) => saveArticles(tx, rows, target(event.id)));
    const again = await db().$transaction((tx) => saveArticles(tx, rows, target(event.id)));
    const sameTextNewUrl = await db().$transaction((tx) =>
      saveArticles(tx, [row(3, { outlet: "tideline", url: "https://tideline.example/other-url" })], target(event.id)),
    );

    expect(first).toEqual({ created: 3, duplicates: 0, syndicated: 0 });
    expect(again).toEqual({ created: 0, duplicates: 3, syndicated: 0 });
    expect(sameTextNewUrl).toEqual({ created: 0, duplicates: 1, syndicated: 0 });
    const outlets = await db().outlet.findMany({ include: { domains: true }, orderBy: { name: "asc" } });
    expect(outlets.map((o) => [o.name, o.domains.map((d) => d.domain)])).toEqual([
      ["Harborwire", ["harborwire.example"]],
      ["Tideline", ["tideline.example"]],
    ]);
    expect(await db().article.count({ where: { eventId: event.id } })).toBe(3);
  });

  it("links a lightly edited wire copy from another outlet to the earlier original", async () => {
    const event = await makeEvent("Fire 2");
    const original = row(2, {
      url: "https://wire2.example/a",
      body: WIRE_BODY,
      publishedAt: new Date("2026-03-10T08:00:00Z"),
    });
    const copy = row(3, {
      url: "https://ledger2.example/b",
      body:
        WIRE_BODY.replace("Paragraph 4", "Para 4").replace("through the night", "overnight") + "\n\nWith wire reports.",
      publishedAt: new Date("2026-03-10T11:00:00Z"),
    });
    // The copy arrives first: the original, imported later, still becomes the root.
    await db().$transaction((tx) => saveArticles(tx, [copy], target(event.id)));
    const outcome = await db().$transaction((tx) => saveArticles(tx, [original], target(event.id)));

    expect(outcome.syndicated).toBe(0);
    const stored = await db().article.findMany({ where: { eventId: event.id }, orderBy: { publishedAt: "asc" } });
    expect(stored[0].syndicatedFromId).toBeNull();
    expect(stored[1].syndicatedFromId).toBe(stored[0].id);
    expect(stored[1].syndicationSimilarity).toBeGreaterThan(0.5);
  });

  it("stores nothing when any row fails: the whole batch rolls back", async () => {
    const event = await makeEvent("Fire 3");
    const rows = [row(2, { url: "https://atomic.example/1" }), row(3, {})];
    await expect(db().$transaction((tx) => saveArticles(tx, rows, target(event.id)))).rejects.toThrow(
      UnattributedRowError,
    );
    expect(await db().article.count({ where: { eventId: event.id } })).toBe(0);
    expect(await db().outlet.count({ where: { name: "Atomic" } })).toBe(0);
  });
});

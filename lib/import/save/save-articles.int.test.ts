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

  it("links copies that arrive in the same import, and reports progress over every row", async () => {
    const event = await makeEvent("Fire 4");
    // A story of its own: the wire story above is stored by earlier tests, and would join this group.
    const story = Array.from(
      { length: 10 },
      (_, i) =>
        `Update ${i}: the harbour authority closed berth ${i + 1} after divers found damage to the pier supports.`,
    ).join("\n\n");
    const edited = story.replace("Update 7", "Note 7") + "\n\nWith wire reports.";
    const rows = [
      row(2, { url: "https://wire4.example/a", body: story, publishedAt: new Date("2026-03-10T08:00:00Z") }),
      row(3, { url: "https://ledger4.example/b", body: edited, publishedAt: new Date("2026-03-10T09:00:00Z") }),
      row(4, { url: "https://ledger4.example/b" }), // same outlet and URL as row 3: a duplicate in the file
    ];
    const progress: number[] = [];
    const outcome = await db().$transaction((tx) =>
      saveArticles(tx, rows, { ...target(event.id), onProgress: (done) => void progress.push(done) }),
    );

    expect(outcome).toEqual({ created: 2, duplicates: 1, syndicated: 1 });
    expect(progress.at(-1)).toBe(3);
    const [original, copy] = await db().article.findMany({
      where: { eventId: event.id },
      orderBy: { publishedAt: "asc" },
    });
    expect(copy.syndicatedFromId).toBe(original.id);
  });

  it("lets two imports of the same rows run at once: one stores them, the other finds them stored", async () => {
    const event = await makeEvent("Fire 5");
    const rows = Array.from({ length: 50 }, (_, i) => row(i + 2, { url: `https://race.example/${i}` }));
    const outcomes = await Promise.all(
      [1, 2].map(() => db().$transaction((tx) => saveArticles(tx, rows, target(event.id)))),
    );

    expect(outcomes.map((outcome) => outcome.created).sort()).toEqual([0, 50]);
    expect(await db().article.count({ where: { eventId: event.id } })).toBe(50);
  });

  it("removes an article's band index rows when the article is deleted, and keeps others'", async () => {
    const event = await makeEvent("Fire 6");
    const rows = [
      row(2, { url: "https://bands.example/1", body: WIRE_BODY }),
      row(3, { url: "https://bands.example/2" }),
    ];
    await db().$transaction((tx) => saveArticles(tx, rows, target(event.id)));
    const [first, second] = await db().article.findMany({
      where: { eventId: event.id },
      orderBy: { canonicalUrl: "asc" },
    });
    const bandRows = (articleId: string) => db().articleLshBand.count({ where: { articleId } });
    expect(await bandRows(first.id)).toBe(first.lshBands.length);
    expect(first.lshBands.length).toBeGreaterThan(0);

    await db().article.delete({ where: { id: first.id } });
    expect(await bandRows(first.id)).toBe(0);
    expect(await bandRows(second.id)).toBe(second.lshBands.length);
  });

  it("writes nothing that a failed transaction streamed: rows copied before the failure roll back", async () => {
    const event = await makeEvent("Fire 7");
    const rows = [row(2, { url: "https://rollback.example/1" })];
    const bandRowsBefore = await db().articleLshBand.count();
    await expect(
      db().$transaction(async (tx) => {
        await saveArticles(tx, rows, target(event.id));
        throw new Error("a later step failed");
      }),
    ).rejects.toThrow("a later step failed");
    expect(await db().article.count({ where: { eventId: event.id } })).toBe(0);
    expect(await db().articleLshBand.count()).toBe(bandRowsBefore);
  });

  it("stores text exactly, whatever COPY's own special characters it holds", async () => {
    const event = await makeEvent("Fire 8");
    const body =
      'Path C:\\new\\table and a literal \\N, a "quote", tabs\tand ünïcödé — 北京 😀.\n\nSecond \\. paragraph';
    const stored = row(2, { url: "https://escape.example/1", title: "Back\\slash \\N title", byline: "A \\ B", body });
    await db().$transaction((tx) => saveArticles(tx, [stored], target(event.id)));

    const article = await db().article.findFirstOrThrow({ where: { eventId: event.id } });
    expect(article.bodyText).toBe(stored.article.body);
    expect(article.title).toBe("Back\\slash \\N title");
    expect(article.byline).toBe("A \\ B");
    expect(article.provenance).toMatchObject({ source: "csv", name: "test.csv", row: 2 });
  });
});

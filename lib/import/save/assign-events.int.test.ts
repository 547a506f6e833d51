import { describe, expect, it } from "vitest";
import { db } from "../../db/client.ts";
import { makeEvent } from "../../../test/factories.ts";
import { validateCandidate, type NormalizedArticleInput, type ParsedRow } from "../normalized-article.ts";
import { MissingEventError } from "./assign-events.ts";
import { saveArticles } from "./save-articles.ts";

function row(row: number, fields: Partial<NormalizedArticleInput>): ParsedRow {
  const parsed = validateCandidate(row, {
    outlet: `Outlet ${row % 3}`,
    title: `Story ${row}`,
    body: `Body of story ${row}, reported on its own terms.`,
    ...fields,
  });
  if (Array.isArray(parsed)) throw new Error(JSON.stringify(parsed));
  return parsed;
}

const source = { kind: "csv" as const, name: "three-events.csv" };

describe("rows that name their event", () => {
  it("go to that event: an existing one by title (case and spacing ignored), else a new one spanning its rows' dates", async () => {
    const existing = await makeEvent("Rafah ceasefire talks", "2024-06-05");
    const fallback = await makeEvent("Chosen in the form");
    const rows = [
      row(2, { event: "  rafah   CEASEFIRE talks ", publishedAt: new Date("2024-06-05T10:00:00Z") }),
      row(3, { event: "Nuseirat rescue operation", publishedAt: new Date("2024-06-08T09:00:00Z") }),
      row(4, { event: "nuseirat rescue operation", publishedAt: new Date("2024-06-10T09:00:00Z") }),
      row(5, { event: "UN Security Council vote", publishedAt: new Date("2024-06-10T20:00:00Z") }),
      row(6, { publishedAt: new Date("2024-06-11T08:00:00Z") }),
    ];

    await db().$transaction((tx) =>
      saveArticles(tx, rows, { eventId: fallback.id, batchId: null, source, actorId: null }),
    );

    const articles = await db().article.findMany({ include: { event: true }, orderBy: { title: "asc" } });
    expect(articles.map((a) => [a.title, a.event?.title])).toEqual([
      ["Story 2", "Rafah ceasefire talks"],
      ["Story 3", "Nuseirat rescue operation"],
      ["Story 4", "Nuseirat rescue operation"],
      ["Story 5", "UN Security Council vote"],
      ["Story 6", "Chosen in the form"],
    ]);
    expect(articles[0].eventId).toBe(existing.id);
    const rescue = await db().event.findFirstOrThrow({ where: { title: "Nuseirat rescue operation" } });
    expect([rescue.startsOn, rescue.endsOn].map((d) => d?.toISOString().slice(0, 10))).toEqual([
      "2024-06-08",
      "2024-06-10",
    ]);
    expect(await db().event.count()).toBe(4);
    expect(await db().auditLog.count({ where: { action: "event.create" } })).toBe(2);
  });

  it("names an event by its id, and refuses a row with no event when none was chosen", async () => {
    const event = await makeEvent("By id");
    await db().$transaction((tx) =>
      saveArticles(tx, [row(7, { event: event.id })], { eventId: null, batchId: null, source, actorId: null }),
    );
    expect(await db().article.count({ where: { eventId: event.id } })).toBe(1);

    await expect(
      db().$transaction((tx) =>
        saveArticles(tx, [row(8, {})], { eventId: null, batchId: null, source, actorId: null }),
      ),
    ).rejects.toThrow(MissingEventError);
  });
});

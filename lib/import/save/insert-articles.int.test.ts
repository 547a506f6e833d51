import { describe, expect, it } from "vitest";
import { contentHash } from "../../articles/body-text.ts";
import { db } from "../../db/client.ts";
import { makeEvent, makeOutlet } from "../../../test/factories.ts";
import { validateCandidate, type NormalizedArticle } from "../normalized-article.ts";
import { insertArticles } from "./insert-articles.ts";

function article(url: string): NormalizedArticle {
  const parsed = validateCandidate(2, { title: "Story", url, body: `The body of ${url}.` });
  if (Array.isArray(parsed)) throw new Error(JSON.stringify(parsed));
  return parsed.article;
}

describe("insertArticles", () => {
  it("fails the whole transaction on a row COPY cannot store, and later saves still work", async () => {
    const [event, outlet] = await Promise.all([makeEvent("Copy"), makeOutlet("Copyline")]);
    const row = { row: 2, article: article("https://copyline.example/1"), outletId: outlet.id, eventId: event.id };
    const rows = [row, row].map((r) => ({ ...r, hash: contentHash(r.article.body) })); // a duplicate COPY refuses
    const target = { eventId: event.id, batchId: null, source: { kind: "csv" as const, name: "t.csv" } };

    await expect(db().$transaction((tx) => insertArticles(tx, rows, target))).rejects.toThrow(/duplicate key/);
    expect(await db().article.count({ where: { eventId: event.id } })).toBe(0);

    const created = await db().$transaction((tx) => insertArticles(tx, rows.slice(0, 1), target));
    expect(created).toHaveLength(1);
    expect(await db().article.count({ where: { eventId: event.id } })).toBe(1);
  });
});

import { describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { Prisma } from "../db/generated/client.ts";
import { makeArticle, makeEvent, makeOutlet } from "../../test/factories.ts";
import { HEADLINE_MARKS } from "./headline.ts";
import { ARTICLES_PAGE_SIZE, searchArticles } from "./search-articles.ts";
import { articleFiltersSql, articleSearchSchema } from "./search-filters.ts";

const search = (params: Record<string, string>) => searchArticles(articleSearchSchema.parse(params));

async function article(outletId: string, eventId: string | null, fields: { body?: string; publishedAt?: string }) {
  const created = await makeArticle(outletId, eventId, fields.body);
  return db().article.update({
    where: { id: created.id },
    data: { publishedAt: fields.publishedAt ? new Date(fields.publishedAt) : null },
  });
}

describe("searchArticles", () => {
  it("pages past the first hundred without repeating or skipping an article", async () => {
    const outlet = await makeOutlet("Pager Wire");
    const event = await makeEvent("Long week");
    const created = await Promise.all(
      Array.from({ length: 2 * ARTICLES_PAGE_SIZE + 5 }, (_, i) =>
        article(outlet.id, event.id, { publishedAt: `2026-02-${String(1 + (i % 28)).padStart(2, "0")}T10:00:00Z` }),
      ),
    );

    const pages = await Promise.all(["1", "2", "3"].map((page) => search({ event: event.id, page })));

    expect(pages.map((p) => [p.total, p.page, p.pages, p.rows.length])).toEqual([
      [205, 1, 3, 100],
      [205, 2, 3, 100],
      [205, 3, 3, 5],
    ]);
    const seen = pages.flatMap((p) => p.rows.map((row) => row.id));
    expect(new Set(seen).size).toBe(205);
    expect(new Set(seen)).toEqual(new Set(created.map((a) => a.id)));
    const dates = seen.map((id) => created.find((a) => a.id === id)!.publishedAt!.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(await search({ event: event.id, page: "40" })).toMatchObject({ page: 3, pages: 3 });
  });

  it("finds articles by title and text with marked snippets, and Postgres uses the full-text index", async () => {
    const outlet = await makeOutlet("Search Wire");
    const crane = await article(outlet.id, null, { body: "Workers said the harbour crane collapsed at dawn." });
    const bridge = await article(outlet.id, null, { body: "The harbour crane near the bridge was inspected." });
    await article(outlet.id, null, { body: "Nothing about lifting gear here." });

    const found = await search({ q: "crane collapsing" }); // stemmed: collapsing ~ collapsed
    const excluded = await search({ q: "harbour crane -bridge" });

    expect(found.rows.map((row) => row.id)).toEqual([crane.id]);
    expect(found.rows[0].snippet).toContain(`${HEADLINE_MARKS.start}crane${HEADLINE_MARKS.stop}`);
    expect(excluded.rows.map((row) => row.id)).toEqual([crane.id]);
    expect((await search({ q: crane.title.split(" ")[1] })).rows.map((row) => row.id)).toEqual([crane.id]);
    expect((await search({ q: "crane" })).total).toBe(2);
    expect(bridge.eventId).toBeNull();

    const plan = await db().$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      return tx.$queryRaw<{ "QUERY PLAN": string }[]>(
        Prisma.sql`EXPLAIN SELECT count(*) FROM articles a WHERE ${articleFiltersSql({ q: "crane", sort: "published" })}`,
      );
    });
    expect(plan.map((line) => line["QUERY PLAN"]).join("\n")).toContain("articles_search_idx");
  });

  it("filters by event, outlet and UTC publication days, and sorts by newest import", async () => {
    const [wire, paper] = await Promise.all([makeOutlet("Filter Wire"), makeOutlet("Filter Paper")]);
    const event = await makeEvent("Filtered");
    const early = await article(wire.id, event.id, { publishedAt: "2026-03-09T23:59:59Z" });
    const first = await article(wire.id, event.id, { publishedAt: "2026-03-10T00:00:00Z" });
    const last = await article(paper.id, event.id, { publishedAt: "2026-03-11T23:59:59Z" });
    const unfiled = await article(paper.id, null, { publishedAt: "2026-03-10T12:00:00Z" });
    await db().article.update({ where: { id: last.id }, data: { importedAt: new Date("2026-03-12T08:00:00Z") } });
    await db().article.update({ where: { id: unfiled.id }, data: { importedAt: new Date("2026-03-12T09:00:00Z") } });
    const ids = async (params: Record<string, string>) => (await search(params)).rows.map((row) => row.id);

    expect(await ids({ event: event.id, from: "2026-03-10", to: "2026-03-11" })).toEqual([last.id, first.id]);
    expect(await ids({ event: event.id, outlet: wire.id })).toEqual([first.id, early.id]);
    expect(await ids({ event: "none", outlet: paper.id })).toEqual([unfiled.id]);
    expect(await ids({ outlet: paper.id, sort: "imported" })).toEqual([unfiled.id, last.id]);
    expect(await search({ event: event.id })).toMatchObject({ total: 3 });
  });

  it("names each row's outlet, event and the outlet it copied", async () => {
    const [wire, paper] = await Promise.all([makeOutlet("Row Wire"), makeOutlet("Row Paper")]);
    const event = await makeEvent("Row event");
    const original = await article(wire.id, event.id, {});
    const copy = await article(paper.id, event.id, {});
    await db().article.update({ where: { id: copy.id }, data: { syndicatedFromId: original.id } });

    const rows = (await search({ outlet: paper.id })).rows;

    expect(rows).toEqual([
      expect.objectContaining({
        id: copy.id,
        outlet_name: "Row Paper",
        event_id: event.id,
        event_title: "Row event",
        copied_from_outlet: "Row Wire",
        snippet: null,
      }),
    ]);
  });
});

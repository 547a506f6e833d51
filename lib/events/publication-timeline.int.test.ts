import { describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { makeArticle, makeEvent, makeOutlet } from "../../test/factories.ts";
import { countArticlesPerDay } from "./publication-timeline.ts";

async function publishedOn(outletId: string, eventId: string, publishedAt: string | null) {
  const article = await makeArticle(outletId, eventId);
  return db().article.update({
    where: { id: article.id },
    data: { publishedAt: publishedAt ? new Date(publishedAt) : null },
  });
}

describe("countArticlesPerDay", () => {
  it("counts per UTC day and outlet, fills the days in between, and counts undated articles apart", async () => {
    const [wire, paper] = await Promise.all([makeOutlet("Day Wire"), makeOutlet("Day Paper")]);
    const event = await makeEvent("Heatwave");
    const original = await publishedOn(wire.id, event.id, "2026-07-01T09:00:00Z");
    await publishedOn(wire.id, event.id, "2026-07-01T23:30:00-02:00"); // 2 July in UTC
    const copy = await publishedOn(paper.id, event.id, "2026-07-01T12:00:00Z");
    await publishedOn(paper.id, event.id, "2026-07-04T08:00:00Z");
    await publishedOn(paper.id, event.id, null);
    await db().article.update({ where: { id: copy.id }, data: { syndicatedFromId: original.id } });

    const perOutlet = await countArticlesPerDay(event.id, "per-outlet");
    const once = await countArticlesPerDay(event.id, "once");

    expect(perOutlet.days).toEqual(["2026-07-01", "2026-07-02", "2026-07-03", "2026-07-04"]);
    expect(perOutlet.counts.map((c) => [c.day, c.outletName, c.articles])).toEqual([
      ["2026-07-01", "Day Paper", 1],
      ["2026-07-01", "Day Wire", 1],
      ["2026-07-02", "Day Wire", 1],
      ["2026-07-04", "Day Paper", 1],
    ]);
    expect(perOutlet.undated).toBe(1);
    expect(once.counts.map((c) => [c.day, c.outletName, c.articles])).toEqual([
      ["2026-07-01", "Day Wire", 1],
      ["2026-07-02", "Day Wire", 1],
      ["2026-07-04", "Day Paper", 1],
    ]);
  });

  it("gives an empty timeline for an event without dated articles", async () => {
    const outlet = await makeOutlet("Undated Wire");
    const event = await makeEvent("Rumour");
    await publishedOn(outlet.id, event.id, null);

    expect(await countArticlesPerDay(event.id, "per-outlet")).toEqual({ days: [], counts: [], undated: 1 });
  });
});

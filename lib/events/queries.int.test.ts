import { describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { makeArticle, makeEvent, makeOutlet } from "../../test/factories.ts";
import { listEventsWithCoverage } from "./queries.ts";

describe("listEventsWithCoverage", () => {
  it("counts each event's articles per outlet, and lists events without articles", async () => {
    const [wire, tabloid] = await Promise.all([makeOutlet("Wire"), makeOutlet("Tabloid")]);
    const fire = await makeEvent("Plant fire", "2026-03-02");
    const empty = await makeEvent("Quiet story", "2026-01-01");
    await Promise.all([
      makeArticle(wire.id, fire.id),
      makeArticle(wire.id, fire.id),
      makeArticle(tabloid.id, fire.id),
      makeArticle(tabloid.id, null),
    ]);

    const events = await listEventsWithCoverage();

    expect(events.map((event) => event.title)).toEqual(["Plant fire", "Quiet story"]);
    expect(events[0]).toMatchObject({
      id: fire.id,
      totalArticles: 3,
      coverage: [
        { outletName: "Wire", articles: 2 },
        { outletName: "Tabloid", articles: 1 },
      ],
    });
    expect(events[1]).toMatchObject({ id: empty.id, totalArticles: 0, coverage: [] });
  });

  it("counts a syndicated copy for the outlet that reran it, or only once for the original", async () => {
    const [wire, paper] = await Promise.all([makeOutlet("Storm Wire"), makeOutlet("Paper")]);
    const event = await makeEvent("Storm", "2026-04-01");
    const inEvent = (events: Awaited<ReturnType<typeof listEventsWithCoverage>>) =>
      events.find((e) => e.id === event.id)!;
    const original = await makeArticle(wire.id, event.id);
    const copy = await makeArticle(paper.id, event.id);
    await makeArticle(paper.id, event.id);
    await db().article.update({
      where: { id: copy.id },
      data: { syndicatedFromId: original.id, syndicationSimilarity: 0.9 },
    });

    const perOutlet = inEvent(await listEventsWithCoverage("per-outlet"));
    const once = inEvent(await listEventsWithCoverage("once"));

    expect(perOutlet.coverage).toEqual([
      expect.objectContaining({ outletName: "Paper", articles: 2, syndicatedCopies: 1 }),
      expect.objectContaining({ outletName: "Storm Wire", articles: 1, syndicatedCopies: 0 }),
    ]);
    expect(once.totalArticles).toBe(2);
    expect(once.coverage.map((row) => [row.outletName, row.articles])).toEqual([
      ["Paper", 1],
      ["Storm Wire", 1],
    ]);
  });
});

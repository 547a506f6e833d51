import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { makeArticle, makeEvent, makeOutlet } from "../../test/factories.ts";
import { findEventSummary, listEventsWithCoverage, type EventSummary } from "./queries.ts";

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

  it("says the same thing in both modes: rows add up to the totals, and copies left out are still shown", async () => {
    const [wire, paper] = await Promise.all([makeOutlet("Quake Wire"), makeOutlet("Quake Paper")]);
    const event = await makeEvent("Quake", "2026-05-01");
    const original = await makeArticle(wire.id, event.id);
    const copy = await makeArticle(paper.id, event.id); // the paper ran nothing but the wire's story
    await db().article.update({ where: { id: copy.id }, data: { syndicatedFromId: original.id } });
    const inEvent = (events: EventSummary[]) => events.find((e) => e.id === event.id)!;

    const perOutlet = inEvent(await listEventsWithCoverage("per-outlet"));
    const once = inEvent(await listEventsWithCoverage("once"));

    expect(perOutlet).toMatchObject({ counting: "per-outlet", totalArticles: 2, totalSyndicatedCopies: 1 });
    expect(once).toMatchObject({ counting: "once", totalArticles: 1, totalSyndicatedCopies: 1 });
    expect(once.coverage).toEqual([
      expect.objectContaining({ outletName: "Quake Wire", articles: 1, syndicatedCopies: 0 }),
      expect.objectContaining({ outletName: "Quake Paper", articles: 0, syndicatedCopies: 1 }),
    ]);
    for (const summary of [perOutlet, once]) {
      expect(sum(summary.coverage.map((row) => row.articles))).toBe(summary.totalArticles);
      expect(sum(summary.coverage.map((row) => row.syndicatedCopies))).toBe(summary.totalSyndicatedCopies);
    }
    expect(once.totalArticles + once.totalSyndicatedCopies).toBe(perOutlet.totalArticles);
  });

  it("counts a copy whose original belongs to another event as its own event's article in both modes", async () => {
    const [wire, paper] = await Promise.all([makeOutlet("Flood Wire"), makeOutlet("Flood Paper")]);
    const [flood, aftermath] = await Promise.all([makeEvent("Flood"), makeEvent("Flood aftermath")]);
    const original = await makeArticle(wire.id, flood.id);
    const copy = await makeArticle(paper.id, aftermath.id);
    await db().article.update({ where: { id: copy.id }, data: { syndicatedFromId: original.id } });

    const once = (await listEventsWithCoverage("once")).find((e) => e.id === aftermath.id)!;

    expect(once).toMatchObject({ totalArticles: 1, totalSyndicatedCopies: 0 });
  });
});

describe("findEventSummary", () => {
  it("gives one event's coverage as the events list counts it, or null for an unknown id", async () => {
    const wire = await makeOutlet("Solo Wire");
    const event = await makeEvent("Solo", "2026-06-01");
    await makeArticle(wire.id, event.id);

    const summary = await findEventSummary(event.id, "once");

    expect(summary).toMatchObject({ id: event.id, title: "Solo", totalArticles: 1, coverage: [{ articles: 1 }] });
    expect(await findEventSummary(randomUUID(), "once")).toBeNull();
  });
});

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

import { describe, expect, it } from "vitest";
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
});

import { describe, expect, it } from "vitest";
import { adjudicate, articleOf, assign, compareFixture, outletNamed } from "../compare-fixture.ts";
import { listEventProgress } from "./list-event-progress.ts";

describe("listEventProgress", () => {
  it("counts each event's articles, outlets, and articles assigned, submitted and adjudicated", async () => {
    const { event, ravi, rosa, editor } = await compareFixture();
    const [wire, paper] = await Promise.all([outletNamed("Wire"), outletNamed("Paper")]);
    const done = await articleOf(wire.id, event.id, "Both submitted and adjudicated.");
    await assign(done.id, [ravi, rosa]);
    await adjudicate(done.id, editor.id);
    const half = await articleOf(wire.id, event.id, "One of two submitted.");
    await assign(half.id, [ravi, rosa], [rosa]);
    await articleOf(paper.id, event.id, "Not assigned.");

    const progress = (await listEventProgress()).find((row) => row.id === event.id);
    expect(progress).toMatchObject({
      title: event.title,
      articles: 3,
      outlets: 2,
      assigned: 2,
      submitted: 1,
      partlySubmitted: 2,
      adjudicated: 1,
    });
  });
});

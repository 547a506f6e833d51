import { describe, expect, it } from "vitest";
import { articleOf, assign, compareFixture, outletNamed, tag } from "../compare-fixture.ts";
import { DEFAULT_FILTERS } from "../filters.ts";
import { measureDivergence } from "./measure-divergence.ts";
import { testOutletDifferences } from "./test-outlet-differences.ts";

const BODY = "Fight one. Money two. Money three.";

/** X: two conflict passages; Y: one conflict, three economic; Z: two economic. Rosa alone submits (weight 1). */
async function scenario() {
  const { event, ravi, rosa } = await compareFixture();
  const [x, y, z] = await Promise.all([outletNamed("X"), outletNamed("Y"), outletNamed("Z")]);
  const article = async (outletId: string, frames: [string, string][]) => {
    const made = await articleOf(outletId, event.id, BODY);
    await assign(made.id, [ravi, rosa], [rosa]);
    for (const [code, quoted] of frames) await tag(made.id, rosa.id, code, quoted);
  };
  await article(x.id, [["frame.conflict", "Fight one."]]);
  await article(x.id, [["frame.conflict", "Fight one."]]);
  await article(y.id, [
    ["frame.conflict", "Fight one."],
    ["frame.economic", "Money two."],
  ]);
  await article(y.id, [
    ["frame.economic", "Money two."],
    ["frame.economic", "Money three."],
  ]);
  await article(z.id, [["frame.economic", "Money two."]]);
  await article(z.id, [["frame.economic", "Money three."]]);
  return { event, x, y, z };
}

describe("divergence and differences between outlets", () => {
  it("gives the Jensen–Shannon distance of every two outlets' frame mixes, similar outlets side by side", async () => {
    const { event, x, y, z } = await scenario();
    const divergence = await measureDivergence(event.id, DEFAULT_FILTERS, "frames");
    const ids = divergence.outlets.map((outlet) => outlet.outletId);
    // Y sits between X and Z: closer to each of them than they are to each other.
    expect(ids[1]).toBe(y.id);
    expect(new Set(ids)).toEqual(new Set([x.id, y.id, z.id]));
    const distance = (a: string, b: string) => divergence.distances[ids.indexOf(a)][ids.indexOf(b)];
    expect(distance(x.id, x.id)).toBe(0);
    expect(distance(x.id, z.id)).toBe(1);
    expect(distance(x.id, y.id)).toBeCloseTo(0.740807, 6);
    expect(distance(y.id, z.id)).toBeCloseTo(0.371383, 6);
    expect(distance(z.id, y.id)).toBe(distance(y.id, z.id));
    expect(divergence.outlets.find((outlet) => outlet.outletId === y.id)).toMatchObject({
      tags: 4,
      articles: 2,
      thin: true,
    });
  });

  it("tests each outlet's frame mix against the rest, reproducibly, with Cramér's V", async () => {
    const { event, x } = await scenario();
    const first = await testOutletDifferences(event.id, DEFAULT_FILTERS, "frames");
    expect(first).toHaveLength(3);
    const outletX = first.find((outlet) => outlet.outletId === x.id)!;
    // X (2, 0) against the rest (1, 5) of 8 tags: χ² = 40/9, V = √(5/9).
    expect(outletX.articles).toBe(2);
    expect(outletX.statistic).toBeCloseTo(40 / 9, 10);
    expect(outletX.cramersV).toBeCloseTo(Math.sqrt(5 / 9), 10);
    expect(outletX.largestGap).toEqual({ key: "frame.conflict", share: 1, restShare: 1 / 6 });
    expect(outletX.pAdjusted).toBeGreaterThanOrEqual(outletX.p);
    expect(await testOutletDifferences(event.id, DEFAULT_FILTERS, "frames")).toEqual(first);
  });
});

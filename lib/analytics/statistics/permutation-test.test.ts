import { describe, expect, it } from "vitest";
import { testGroupDifferences, type MixArticle } from "./permutation-test.ts";

const articles = (group: string, count: number, counts: Record<string, number>): MixArticle[] =>
  Array.from({ length: count }, () => ({ group, counts }));

describe("testGroupDifferences", () => {
  it("finds no difference between outlets with the same mix", () => {
    const same = { conflict: 2, economic: 1 };
    const result = testGroupDifferences([
      ...articles("a", 8, same),
      ...articles("b", 8, same),
      ...articles("c", 8, same),
    ]);
    for (const group of result) {
      expect(group.statistic).toBeCloseTo(0, 10);
      expect(group.cramersV).toBeCloseTo(0, 10);
      expect(group.p).toBe(1);
      expect(group.pAdjusted).toBe(1);
    }
  });

  it("finds a strong difference with a small p and a large effect", () => {
    const result = testGroupDifferences([
      ...articles("a", 10, { conflict: 3 }),
      ...articles("b", 10, { economic: 2, conflict: 1 }),
      ...articles("c", 10, { economic: 2, conflict: 1 }),
    ]);
    const a = result.find((group) => group.group === "a")!;
    // Only shuffles that give "a" back exactly its ten articles reach its χ²: p is 1 / 2001.
    expect(a.p).toBeCloseTo(1 / 2001, 10);
    expect(a.pAdjusted).toBeCloseTo(3 / 2001, 10);
    // By hand: a (30, 0) against the rest (20, 40) of 90 tags gives χ² = 36, V = √(36 / 90).
    expect(a.statistic).toBeCloseTo(36, 10);
    expect(a.cramersV).toBeCloseTo(Math.sqrt(0.4), 10);
    expect(a.largestGap).toEqual({ key: "conflict", share: 1, restShare: 1 / 3 });
    // "b" (10, 20) differs from the rest (40, 20) only through "a" in it: χ² = 9, a smaller effect.
    expect(result.find((group) => group.group === "b")!.cramersV).toBeCloseTo(Math.sqrt(0.1), 10);
  });

  it("is reproducible with a seed", () => {
    const mixed = Array.from({ length: 30 }, (_, i) => ({
      group: ["a", "b", "c"][i % 3],
      counts: { conflict: (i % 4) + (i % 3 === 0 ? 1 : 0), economic: i % 5 },
    }));
    const first = testGroupDifferences(mixed, { seed: 3 });
    expect(testGroupDifferences(mixed, { seed: 3 })).toEqual(first);
    expect(testGroupDifferences(mixed, { seed: 4 }).map((group) => group.p)).not.toEqual(first.map((group) => group.p));
  });

  it("tests nothing with fewer than two outlets", () => {
    expect(testGroupDifferences(articles("a", 5, { conflict: 1 }))).toEqual([]);
  });
});

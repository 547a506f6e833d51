import { describe, expect, it } from "vitest";
import { bootstrapShare, bootstrapShares, type ArticleCounts } from "./bootstrap-share.ts";
import { seededRandom } from "./seeded-random.ts";

describe("bootstrapShare", () => {
  it("gives a zero-width interval when every article has the same share", () => {
    const articles = Array.from({ length: 12 }, () => ({ part: 1, whole: 2 }));
    expect(bootstrapShare(articles)).toEqual({ share: 0.5, low: 0.5, high: 0.5 });
  });

  it("weights articles by their tags (a ratio of sums, not a mean of ratios)", () => {
    const estimate = bootstrapShare([
      { part: 3, whole: 3 },
      { part: 0, whole: 1 },
    ]);
    expect(estimate.share).toBe(0.75);
    expect(estimate.low).toBeGreaterThanOrEqual(0);
    expect(estimate.high).toBe(1);
  });

  it("is reproducible with a seed and changes with another seed", () => {
    const articles = Array.from({ length: 30 }, (_, i) => ({ part: i % 3 === 0 ? 1 : 0.5, whole: 1 + (i % 4) }));
    const first = bootstrapShare(articles, { seed: 7 });
    expect(bootstrapShare(articles, { seed: 7 })).toEqual(first);
    expect(bootstrapShare(articles, { seed: 8 })).not.toEqual(first);
    expect(first.low!).toBeLessThan(first.share!);
    expect(first.high!).toBeGreaterThan(first.share!);
  });

  it("agrees with the normal approximation of a proportion on a large sample", () => {
    const random = seededRandom(42);
    const articles: ArticleCounts[] = Array.from({ length: 2000 }, () => ({ part: random() < 0.3 ? 1 : 0, whole: 1 }));
    const estimate = bootstrapShare(articles, { resamples: 2000 });
    const p = estimate.share!;
    const halfWidth = 1.96 * Math.sqrt((p * (1 - p)) / articles.length);
    expect(p).toBeCloseTo(0.3, 1);
    expect(estimate.low!).toBeCloseTo(p - halfWidth, 2);
    expect(estimate.high!).toBeCloseTo(p + halfWidth, 2);
  });

  it("has no share without anything to divide by, and keeps articles without tags as resampling units", () => {
    expect(bootstrapShare([])).toEqual({ share: null, low: null, high: null });
    expect(bootstrapShare([{ part: 0, whole: 0 }])).toEqual({ share: null, low: null, high: null });
    const withEmpty = bootstrapShare([
      { part: 1, whole: 1 },
      { part: 0, whole: 0 },
    ]);
    expect(withEmpty).toEqual({ share: 1, low: 1, high: 1 });
  });
});

describe("bootstrapShares", () => {
  it("gives each column exactly the interval bootstrapShare gives it alone", () => {
    const random = seededRandom(5);
    const columns = Array.from({ length: 4 }, (_, column) =>
      Array.from({ length: 23 }, () => ({ part: column === 3 ? 0 : Math.floor(random() * 3), whole: 2 + column })),
    );
    columns.push(columns[0].map(() => ({ part: 0, whole: 0 })));
    expect(bootstrapShares(columns)).toEqual(columns.map((column) => bootstrapShare(column)));
    expect(bootstrapShares(columns, { seed: 9, resamples: 200 })).toEqual(
      columns.map((column) => bootstrapShare(column, { seed: 9, resamples: 200 })),
    );
  });

  it("refuses columns over different articles", () => {
    expect(() => bootstrapShares([[{ part: 1, whole: 1 }], []])).toThrow();
  });
});

import { describe, expect, it } from "vitest";
import { averageWordBags, compareWordBags } from "./word-bag-score.ts";

describe("word-bag score (WCXB's evaluate.py)", () => {
  it("compares lowercased word bags per page and averages pages", () => {
    expect(compareWordBags("The cat sat", "the CAT sat down")).toEqual({
      precision: 0.75,
      recall: 1,
      f1: (2 * 0.75) / 1.75,
    });
    expect(compareWordBags("", "")).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(compareWordBags("text", "")).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(
      averageWordBags([
        { precision: 1, recall: 0.5, f1: 0.5 },
        { precision: 0, recall: 0.5, f1: 0.1 },
      ]).f1,
    ).toBeCloseTo(0.3);
  });
});

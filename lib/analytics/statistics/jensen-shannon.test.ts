import { describe, expect, it } from "vitest";
import { jensenShannonDistance } from "./jensen-shannon.ts";

describe("jensenShannonDistance", () => {
  it("is 0 for identical mixes, whatever their totals", () => {
    expect(jensenShannonDistance([1, 2, 3], [2, 4, 6])).toBe(0);
  });

  it("is 1 for mixes with no category in common", () => {
    expect(jensenShannonDistance([3, 0, 0], [0, 1, 4])).toBe(1);
  });

  it("matches a case computed by hand", () => {
    // P = (1, 0), Q = (½, ½), M = (¾, ¼): JSD = ½·log2(4/3) + ½·(½·log2(2/3) + ½·log2 2) = 0.311278, √ = 0.557923.
    expect(jensenShannonDistance([1, 0], [1, 1])).toBeCloseTo(0.557923, 6);
    expect(jensenShannonDistance([1, 1], [1, 0])).toBeCloseTo(0.557923, 6);
  });

  it("has no distance without weight on both sides", () => {
    expect(jensenShannonDistance([0, 0], [1, 0])).toBeNull();
  });
});

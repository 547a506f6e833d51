import { describe, expect, it } from "vitest";
import { quantile } from "./quantile.ts";

describe("quantile", () => {
  it("interpolates like R's default (type 7)", () => {
    // R: quantile(c(1, 2, 4, 8), c(0.025, 0.5, 0.975)) → 1.075 3.0 7.7
    expect(quantile([1, 2, 4, 8], 0.025)).toBeCloseTo(1.075, 10);
    expect(quantile([1, 2, 4, 8], 0.5)).toBe(3);
    expect(quantile([1, 2, 4, 8], 0.975)).toBeCloseTo(7.7, 10);
    expect(quantile([5], 0.3)).toBe(5);
  });
});

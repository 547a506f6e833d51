import { describe, expect, it } from "vitest";
import { holmAdjust } from "./holm.ts";

describe("holmAdjust", () => {
  it("multiplies the ordered p-values by m, m − 1, … and keeps them monotone", () => {
    // R: p.adjust(c(0.01, 0.04, 0.03, 0.5), "holm") → 0.04 0.09 0.09 0.50
    const adjusted = holmAdjust([0.01, 0.04, 0.03, 0.5]);
    [0.04, 0.09, 0.09, 0.5].forEach((value, index) => expect(adjusted[index]).toBeCloseTo(value, 12));
  });

  it("caps at 1", () => {
    expect(holmAdjust([0.6, 0.7])).toEqual([1, 1]);
  });
});

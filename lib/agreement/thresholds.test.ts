import { describe, expect, it } from "vitest";
import { classifyReliability } from "./thresholds.ts";

describe("classifyReliability", () => {
  it("applies the cut-offs inclusively from below", () => {
    expect(classifyReliability(1)).toBe("reliable");
    expect(classifyReliability(0.8)).toBe("reliable");
    expect(classifyReliability(0.7999)).toBe("tentative");
    expect(classifyReliability(0.667)).toBe("tentative");
    expect(classifyReliability(0.6669)).toBe("unreliable");
    expect(classifyReliability(0)).toBe("unreliable");
    expect(classifyReliability(-0.3)).toBe("unreliable");
  });

  it("reports an undefined coefficient as such rather than as unreliable", () => {
    expect(classifyReliability(null)).toBe("undefined");
    expect(classifyReliability(Number.NaN)).toBe("undefined");
  });
});

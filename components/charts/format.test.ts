import { describe, expect, it } from "vitest";
import { formatDensity, formatShare, formatTone, formatWeight, niceCeiling, tickLines } from "./format.ts";

describe("chart formats", () => {
  it("formats weights and shares", () => {
    expect(formatWeight(2)).toBe("2");
    expect(formatWeight(0.5)).toBe("0.5");
    expect(formatWeight(4 / 3)).toBe("1.3");
    expect(formatShare(1 / 3)).toBe("33%");
    expect(formatShare(0.001)).toBe("<1%");
    expect(formatShare(0)).toBe("0%");
    expect(formatShare(null)).toBe("—");
  });

  it("wraps tick labels into two lines", () => {
    expect(tickLines("Harbor Wire")).toEqual(["Harbor Wire"]);
    expect(tickLines("Calder Public Media")).toEqual(["Calder Public", "Media"]);
    expect(tickLines("The Very Long Name Of An Outlet Indeed")).toEqual(["The Very Long", "Name Of An…"]);
    expect(tickLines("Supercalifragilisticexpialidocious")).toEqual(["Supercalifragil…"]);
  });

  it("formats densities and tones, and rounds axis bounds up", () => {
    expect(formatDensity(6)).toBe("6.0");
    expect(formatDensity(12.4)).toBe("12");
    expect(formatDensity(null)).toBe("—");
    expect(formatTone(4 / 3)).toBe("+1.3");
    expect(formatTone(-0.5)).toBe("−0.5");
    expect(formatTone(0.01)).toBe("0.0");
    expect([niceCeiling(0), niceCeiling(3.3), niceCeiling(10), niceCeiling(11), niceCeiling(0.07)]).toEqual([
      1, 5, 10, 20, 0.1,
    ]);
  });
});

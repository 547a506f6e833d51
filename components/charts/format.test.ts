import { describe, expect, it } from "vitest";
import { formatShare, formatWeight, tickLines } from "./format.ts";

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
});

import { describe, expect, it } from "vitest";
import { neutralise } from "./column.ts";

describe("neutralise", () => {
  it("puts an apostrophe before cells a spreadsheet would run as formulas", () => {
    for (const cell of ['=HYPERLINK("x")', "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
      expect(neutralise(cell)).toBe(`'${cell}`);
  });

  it("leaves other text alone", () => {
    for (const cell of ["Mayor said", "", " =not first", "'quoted"]) expect(neutralise(cell)).toBe(cell);
  });
});

import { describe, expect, it } from "vitest";
import { buildCoincidenceMatrix } from "./coincidence-matrix.ts";
import { krippendorff2011, wikipediaExample } from "./published-examples.ts";

describe("buildCoincidenceMatrix", () => {
  it("reproduces the coincidence matrix printed in Wikipedia's computational example", () => {
    const matrix = buildCoincidenceMatrix(wikipediaExample);
    expect(matrix.values).toEqual([1, 2, 3, 4]);
    expect(matrix.coincidences).toEqual([
      [6, 0, 1, 0],
      [0, 4, 0, 0],
      [1, 0, 7, 2],
      [0, 0, 2, 3],
    ]);
    expect(matrix.valueTotals).toEqual([7, 4, 10, 5]);
    // Units 1, 2 and 14 have fewer than two values.
    expect(matrix).toMatchObject({ pairable: 26, units: 12 });
  });

  it("weighs each unit by 1/(m_u − 1), as in Krippendorff (2011)", () => {
    const matrix = buildCoincidenceMatrix(krippendorff2011);
    // By hand, per unit: u1 {1,1,1} adds 3 to o11; u2 {2,2,3,2} adds 2 to o22 and 1 to o23, o32;
    // u6 {1,2,3,4} adds 1/3 to every off-diagonal cell among 1–4; u8 {1,1,2,1} adds 2 to o11, 1 to o12, o21;
    // u10 {5,5,5} adds 3 to o55; u11 {1,1} adds 2 to o11; u12 has one value and is dropped.
    const third = 1 / 3;
    const expected = [
      [7, 1 + third, third, third, 0],
      [1 + third, 10, 1 + third, third, 0],
      [third, 1 + third, 8, third, 0],
      [third, third, third, 4, 0],
      [0, 0, 0, 0, 3],
    ];
    matrix.coincidences.forEach((row, c) => row.forEach((o, k) => expect(o).toBeCloseTo(expected[c][k], 12)));
    // The paper's marginals: n_1..n_5 = 9, 13, 10, 5, 3 and n = 40.
    matrix.valueTotals.forEach((n, c) => expect(n).toBeCloseTo([9, 13, 10, 5, 3][c], 12));
    expect(matrix).toMatchObject({ pairable: 40, units: 11 });
  });

  it("keeps numbers and labels apart and orders numbers before labels", () => {
    const matrix = buildCoincidenceMatrix([
      ["b", "a"],
      [2, "2"],
      [10, 9],
    ]);
    expect(matrix.values).toEqual([2, 9, 10, "2", "a", "b"]);
  });

  it("rejects values that are not finite numbers", () => {
    expect(() => buildCoincidenceMatrix([[1, Number.NaN]])).toThrow(RangeError);
  });
});

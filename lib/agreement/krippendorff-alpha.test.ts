import { describe, expect, it } from "vitest";
import { krippendorffAlpha } from "./krippendorff-alpha.ts";
import { krippendorff2011, krippendorffBinary, wikipediaExample } from "./published-examples.ts";

// Hand checks use alpha = 1 − (n − 1) · Σ o_ck δ²_ck / Σ n_c n_k δ²_ck, with sums over ordered pairs.
describe("krippendorffAlpha on Krippendorff (2011), 4 observers × 12 units with missing values", () => {
  // Coincidences (see coincidence-matrix.test.ts): off-diagonal o12 = o23 = 4/3, o13 = o14 = o24 = o34 = 1/3;
  // n_1..n_5 = 9, 13, 10, 5, 3; n = 40.

  it("nominal: 0.743", () => {
    // Σ o_ck (c ≠ k) = 2 · 4 = 8; Σ n_c n_k (c ≠ k) = 40² − (81 + 169 + 100 + 25 + 9) = 1216.
    // 1 − 39 · 8 / 1216 = 0.7434
    expect(krippendorffAlpha(krippendorff2011, "nominal")).toEqual({
      alpha: expect.closeTo(1 - (39 * 8) / 1216, 12),
      pairable: 40,
      units: 11,
    });
    expect(krippendorffAlpha(krippendorff2011).alpha).toBeCloseTo(0.743, 3);
  });

  it("ordinal: 0.815", () => {
    // δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k)/2)²: δ²12 = 121, δ²13 = 506.25, δ²14 = 900, δ²15 = 1156,
    // δ²23 = 132.25, δ²24 = 361, δ²25 = 529, δ²34 = 56.25, δ²35 = 132.25, δ²45 = 16.
    // Observed: 2 · (4/3·121 + 1/3·506.25 + 1/3·900 + 4/3·132.25 + 1/3·361 + 1/3·56.25) = 1891.
    // Expected: 2 · (117·121 + 90·506.25 + 45·900 + 27·1156 + 130·132.25 + 65·361 + 39·529 + 50·56.25
    //               + 30·132.25 + 15·16) = 399480.  1 − 39 · 1891 / 399480 = 0.8154
    const { alpha } = krippendorffAlpha(krippendorff2011, "ordinal");
    expect(alpha).toBeCloseTo(1 - (39 * 1891) / 399480, 12);
    expect(alpha).toBeCloseTo(0.815, 3);
  });

  it("interval: 0.849", () => {
    // Observed: 2 · (4/3·1 + 1/3·4 + 1/3·9 + 4/3·1 + 1/3·4 + 1/3·1) = 52/3.
    // Expected: 2 · (117·1 + 90·4 + 45·9 + 27·16 + 130·1 + 65·4 + 39·9 + 50·1 + 30·4 + 15·1) = 4480.
    // 1 − 39 · (52/3) / 4480 = 0.8491
    const { alpha } = krippendorffAlpha(krippendorff2011, "interval");
    expect(alpha).toBeCloseTo(1 - (39 * 52) / 3 / 4480, 12);
    expect(alpha).toBeCloseTo(0.849, 3);
  });

  it("ratio: 0.797", () => {
    // δ²_ck = ((c − k)/(c + k))². Observed: 2 · (4/3·1/9 + 1/3·1/4 + 1/3·9/25 + 4/3·1/25 + 1/3·1/9 + 1/3·1/49)
    // = 0.89731. Expected: 2 · (117/9 + 90/4 + 45·9/25 + 27·16/36 + 130/25 + 65·4/36 + 39·9/49 + 50/49
    // + 30·4/64 + 15/81) = 172.73216.  1 − 39 · 0.89731 / 172.73216 = 0.7974
    const { alpha } = krippendorffAlpha(krippendorff2011, "ratio");
    expect(alpha).toBeCloseTo(0.7974, 4);
    expect(alpha).toBeCloseTo(0.797, 3);
  });
});

describe("krippendorffAlpha on other worked examples", () => {
  it("Krippendorff's two-observer binary example: 0.095", () => {
    // Units agree on 0 five times and on 1 once; they disagree four times.
    // o00 = 10, o11 = 2, o01 = o10 = 4; n_0 = 14, n_1 = 6, n = 20.  1 − 19 · 8 / (2 · 14 · 6) = 0.0952
    const result = krippendorffAlpha(krippendorffBinary, "nominal");
    expect(result).toEqual({ alpha: expect.closeTo(1 - (19 * 8) / 168, 12), pairable: 20, units: 10 });
    expect(result.alpha).toBeCloseTo(0.095, 3);
  });

  it("Wikipedia's computational example: nominal 0.691", () => {
    // n_1..n_4 = 7, 4, 10, 5, n = 26; off-diagonal o sum = 6; Σ n_c n_k (c ≠ k) = 676 − 190 = 486.
    // 1 − 25 · 6 / 486 = 0.6914
    const { alpha } = krippendorffAlpha(wikipediaExample, "nominal");
    expect(alpha).toBeCloseTo(1 - (25 * 6) / 486, 12);
    expect(alpha).toBeCloseTo(0.691, 3);
  });

  it("treats labels as nominal values", () => {
    const asLabels = krippendorffBinary.map((unit) => unit.map((value) => (value === 1 ? "biased" : "neutral")));
    expect(krippendorffAlpha(asLabels).alpha).toBeCloseTo(krippendorffAlpha(krippendorffBinary).alpha!, 12);
  });
});

describe("krippendorffAlpha edge cases", () => {
  it("is 1 under perfect agreement, for every metric", () => {
    const data = [
      [1, 1, null],
      [3, 3, 3],
      [2, null, 2],
      [5, 5, 5],
    ];
    for (const metric of ["nominal", "ordinal", "interval", "ratio"] as const) {
      expect(krippendorffAlpha(data, metric)).toEqual({ alpha: 1, pairable: 10, units: 4 });
    }
  });

  it("is undefined when every pairable value is the same, since chance would agree as well", () => {
    expect(
      krippendorffAlpha([
        ["left", "left"],
        ["left", "left", "left"],
      ]),
    ).toEqual({ alpha: null, pairable: 5, units: 2 });
  });

  it("is undefined when no unit has two values", () => {
    expect(krippendorffAlpha([[1, null], [null, 2], [3]])).toEqual({ alpha: null, pairable: 0, units: 0 });
    expect(krippendorffAlpha([])).toEqual({ alpha: null, pairable: 0, units: 0 });
  });

  it("ignores values of units that no one else coded", () => {
    const withLoneValue = [...krippendorffBinary, [7, null]];
    expect(krippendorffAlpha(withLoneValue)).toEqual(krippendorffAlpha(krippendorffBinary));
  });

  it("needs numbers for the ordinal, interval and ratio metrics, and no negatives for ratio", () => {
    expect(() => krippendorffAlpha([["low", "high"]], "ordinal")).toThrow(TypeError);
    expect(() => krippendorffAlpha([["low", "high"]], "interval")).toThrow(TypeError);
    expect(() => krippendorffAlpha([[-1, 2]], "ratio")).toThrow(RangeError);
  });
});

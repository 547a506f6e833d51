import { describe, expect, it } from "vitest";
import { krippendorff1995Unitizing, krippendorff2004Unitizing as book } from "./published-examples.ts";
import { pooledUnitizingAlpha, unitizingAlpha } from "./unitizing-alpha.ts";

describe("unitizingAlpha on Krippendorff (2004, p. 254)", () => {
  it("category c: D_o 0.0144, D_e 0.0532, uα 0.7286", () => {
    // Observed, pair (1, 2): units [75,145) and [70,150) overlap: 5² + 5² = 50; [220,250) and [205,225): 15² + 25² = 850;
    // observer 2's [250,270) lies in observer 1's gap [250,300): 20² = 400. Both orders: 2 · 1300 = 2600; / (2 · 1 · 300²).
    // Expected: N = 5 units of lengths 70, 30, 80, 20, 20; gaps 75, 75, 50 and 70, 55, 25, 30.
    //   Σ (N − 1)/3 · (2l³ − 3l² + l) = 895160 + 68440 + 1339840 + 2 · 19760 = 2342960
    //   Σ l² Σ_{g ≥ l} (g − l + 1) = 4900 · 13 + 900 · 181 + 6400 · 0 + 2 · 400 · 247 = 424200
    //   (2/300) · 2767160 / (600 · 599 − (70·69 + 30·29 + 80·79 + 2 · 20·19)) = 18447.73 / 346620
    const c = unitizingAlpha(book.length, book.c);
    expect(c.observed).toBeCloseTo(2600 / 180000, 12);
    expect(c.expected).toBeCloseTo(((2 / 300) * 2767160) / 346620, 12);
    expect(c).toMatchObject({ units: 5 });
    // The book's figures, as DKPro Statistics' tests print them.
    expect(c.observed).toBeCloseTo(0.0144, 4);
    expect(c.expected).toBeCloseTo(0.0532, 4);
    expect(c.alpha).toBeCloseTo(0.7286, 4);
  });

  it("category k: both observers mark the same units, D_e 0.0490, uα 1", () => {
    // Expected: N = 4 units of lengths 60, 50, 60, 50; each observer's gaps 30, 60, 100.
    //   Σ (3/3) · (2l³ − 3l² + l) = 2 · (421260 + 242550) = 1327620
    //   Σ l² Σ_{g ≥ l} (g − l + 1) = 2 · 3600 · 84 + 2 · 2500 · 124 = 1224800
    //   (2/300) · 2552420 / (600 · 599 − 2 · (60·59 + 50·49)) = 17016.13 / 347420
    const k = unitizingAlpha(book.length, book.k);
    expect(k.observed).toBe(0);
    expect(k.expected).toBeCloseTo((2 / 300) * (2552420 / 347420), 12);
    expect(k.expected).toBeCloseTo(0.049, 4);
    expect(k.alpha).toBe(1);
  });

  it("both categories together: uα 0.8591", () => {
    const pooled = pooledUnitizingAlpha([unitizingAlpha(book.length, book.c), unitizingAlpha(book.length, book.k)]);
    expect(pooled.alpha).toBeCloseTo(0.8591, 3);
    expect(pooled.units).toBe(9);
  });
});

describe("unitizingAlpha on Krippendorff (1995, p. 57)", () => {
  const { length, pairs } = krippendorff1995Unitizing;
  const stretched = (factor: number, observers: typeof pairs.A) =>
    observers.map((units) => units.map(({ start, end }) => ({ start: start * factor, end: end * factor })));

  it("reproduces the observed disagreements exactly", () => {
    const observed = { A: 0.03125, B: 2.26736, C: 0.02777, D: 0.38715 };
    for (const [name, value] of Object.entries(observed)) {
      expect(unitizingAlpha(length, pairs[name as keyof typeof pairs]).observed).toBeCloseTo(value, 4);
    }
  });

  it("approaches the paper's uα for a continuous scale (.553, −.926, .679, .066) as positions get finer", () => {
    // The 1995 paper treats the continuum as continuous; stretched 50,000-fold the discrete formula comes within
    // .02 of its figures (C: .693). DKPro Statistics' tests, which check the same tolerance, note a small slip in
    // the paper's expected disagreement; the 2004 example above is the exact check.
    const published = { A: 0.553, B: -0.926, C: 0.679, D: 0.066 };
    for (const [name, value] of Object.entries(published)) {
      const { alpha } = unitizingAlpha(length * 50_000, stretched(50_000, pairs[name as keyof typeof pairs]));
      expect(Math.abs(alpha! - value)).toBeLessThan(0.02);
    }
  });
});

describe("unitizingAlpha properties", () => {
  it("does not depend on which observer is listed first", () => {
    const swapped = unitizingAlpha(book.length, [book.c[1], book.c[0]]);
    expect(swapped.alpha).toBeCloseTo(unitizingAlpha(book.length, book.c).alpha!, 12);
  });

  it("stays the same when every observer is counted twice, as alpha does for duplicated coders", () => {
    // Observed: 8 of 12 ordered pairs disagree instead of 2 of 2, so D_o falls to 2/3; D_e barely moves.
    const once = unitizingAlpha(book.length, book.c);
    const twice = unitizingAlpha(book.length, [...book.c, ...book.c]);
    expect(twice.observed).toBeCloseTo((once.observed * 2) / 3, 12);
    expect(twice.expected).toBeCloseTo(once.expected, 2);
  });

  it("ends gaps at the breaks between texts, so the order of the texts does not matter", () => {
    // Text 1 (100 positions) and text 2 (50): both observers mark [10,30) in text 1; in text 2 one marks [0,20).
    const first = [
      [{ start: 10, end: 30 }],
      [
        { start: 10, end: 30 },
        { start: 100, end: 120 },
      ],
    ];
    const second = [
      [{ start: 60, end: 80 }],
      [
        { start: 60, end: 80 },
        { start: 0, end: 20 },
      ],
    ];
    const inOrder = unitizingAlpha(150, first, { breaks: [100] });
    const reversed = unitizingAlpha(150, second, { breaks: [50] });
    expect(inOrder.observed).toBeCloseTo(reversed.observed, 12);
    expect(inOrder.expected).toBeCloseTo(reversed.expected, 12);
    // Without the break, observer 1's last gap would run 120 positions across both texts.
    expect(unitizingAlpha(150, first).expected).not.toBeCloseTo(inOrder.expected, 6);
    // A break changes only where random placements could fall, never the observed disagreement.
    expect(unitizingAlpha(150, first).observed).toBe(inOrder.observed);
  });

  it("joins an observer's overlapping units but keeps adjacent ones apart", () => {
    const joined = unitizingAlpha(100, [
      [{ start: 10, end: 30 }],
      [
        { start: 10, end: 20 },
        { start: 15, end: 30 },
      ],
    ]);
    expect(joined).toMatchObject({ alpha: 1, units: 2 });
    const adjacent = unitizingAlpha(100, [
      [{ start: 10, end: 30 }],
      [
        { start: 10, end: 20 },
        { start: 20, end: 30 },
      ],
    ]);
    expect(adjacent.units).toBe(3);
    expect(adjacent.alpha).toBeLessThan(1);
  });

  it("is undefined when nobody marked a unit, and below zero when units systematically miss each other", () => {
    expect(unitizingAlpha(100, [[], []])).toEqual({ alpha: null, observed: 0, expected: 0, units: 0 });
    const apart = unitizingAlpha(100, [[{ start: 0, end: 50 }], [{ start: 50, end: 100 }]]);
    expect(apart.alpha).toBeLessThan(0);
  });

  it("rejects units outside the continuum and fewer than two observers", () => {
    expect(() => unitizingAlpha(100, [[{ start: 90, end: 101 }], []])).toThrow(RangeError);
    expect(() => unitizingAlpha(100, [[{ start: 5, end: 5 }], []])).toThrow(RangeError);
    expect(() => unitizingAlpha(0, [[], []])).toThrow(RangeError);
    expect(() => unitizingAlpha(100, [[]])).toThrow(RangeError);
  });
});

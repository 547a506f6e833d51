// Test fixtures: reliability data from published worked examples, typed as in the source (one row per coder).
import type { CodedValue, ReliabilityData } from "./coincidence-matrix.ts";

type CoderRows = readonly (readonly (CodedValue | null)[])[];

/** The library takes one array per unit; the publications print one row per coder. */
function unitsFromCoderRows(rows: CoderRows): ReliabilityData {
  return rows[0].map((_, unit) => rows.map((row) => row[unit]));
}

const _ = null;

/** Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 observers, 12 units, values 1–5. */
export const krippendorff2011 = unitsFromCoderRows([
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
]);

/** Krippendorff's two-observer example with binary data, ten units, nothing missing. */
export const krippendorffBinary = unitsFromCoderRows([
  [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
  [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
]);

/** Wikipedia, "Krippendorff's alpha", section "A computational example": 3 coders, 15 units. */
export const wikipediaExample = unitsFromCoderRows([
  [_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3],
  [1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _],
  [_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4],
]);

/**
 * Krippendorff (2004), Content Analysis, 2nd ed., p. 254: two observers unitize a continuum of 300 positions
 * (150–450 in the book, shifted here to start at 0) into units of categories c and k; as reproduced in the tests
 * of DKPro Statistics (Meyer et al. 2014, "DKPro Agreement", COLING), which print the book's results.
 */
export const krippendorff2004Unitizing = {
  length: 300,
  c: [
    [
      { start: 75, end: 145 },
      { start: 220, end: 250 },
    ],
    [
      { start: 70, end: 150 },
      { start: 205, end: 225 },
      { start: 250, end: 270 },
    ],
  ],
  k: [
    [
      { start: 30, end: 90 },
      { start: 150, end: 200 },
    ],
    [
      { start: 30, end: 90 },
      { start: 150, end: 200 },
    ],
  ],
};

const unit = (start: number, length: number) => ({ start, end: start + length });

/**
 * Krippendorff (1995), "On the reliability of unitizing continuous data", p. 57: four pairs of observers (A–D) each
 * unitize a continuum of 24 positions with one category; as reproduced in DKPro Statistics' tests.
 */
export const krippendorff1995Unitizing = {
  length: 24,
  pairs: {
    A: [
      [unit(2, 8), unit(14, 6)],
      [unit(4, 4), unit(15, 2)],
    ],
    B: [[unit(0, 18)], [unit(0, 2), unit(2, 1), unit(3, 1), unit(4, 1), unit(5, 1), unit(6, 3), unit(9, 1)]],
    C: [
      [unit(2, 6), unit(10, 2), unit(14, 4), unit(20, 2)],
      [unit(0, 2), unit(4, 4), unit(10, 4), unit(16, 2), unit(20, 2)],
    ],
    D: [
      [unit(0, 2), unit(2, 8), unit(10, 4), unit(14, 6), unit(20, 4)],
      [unit(0, 4), unit(4, 4), unit(8, 7), unit(15, 2), unit(17, 7)],
    ],
  },
};

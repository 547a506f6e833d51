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

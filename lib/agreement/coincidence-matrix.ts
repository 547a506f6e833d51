/** A value one coder gave one unit: a number, or a label for nominal data. */
export type CodedValue = number | string;

/**
 * Reliability data as the app stores it: one array per unit (e.g. one article's question),
 * one entry per coder in a fixed coder order, null where that coder gave no value.
 */
export type ReliabilityData = readonly (readonly (CodedValue | null)[])[];

/** Krippendorff's coincidence matrix over the values that can be paired within a unit. */
export interface CoincidenceMatrix {
  /** Distinct pairable values, numbers ascending then labels; indexes the rows and columns below. */
  values: CodedValue[];
  /** o_ck: how often value c was paired with value k by different coders of the same unit, each unit weighing 1/(m_u − 1). */
  coincidences: number[][];
  /** n_c: row sums, i.e. how often each value occurs among the pairable values. */
  valueTotals: number[];
  /** n: the number of pairable values. */
  pairable: number;
  /** Units with at least two values; the others cannot show agreement or disagreement and are dropped. */
  units: number;
}

/** Builds the coincidence matrix of Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability". */
export function buildCoincidenceMatrix(data: ReliabilityData): CoincidenceMatrix {
  const pairableUnits = data.map(countValues).filter((counts) => total(counts) >= 2);
  const values = distinctValues(pairableUnits);
  const indexOf = new Map(values.map((value, index) => [value, index]));
  const coincidences = values.map(() => values.map(() => 0));

  for (const counts of pairableUnits) {
    const pairsPerValue = total(counts) - 1;
    for (const [c, countC] of counts) {
      for (const [k, countK] of counts) {
        const orderedPairs = c === k ? countC * (countC - 1) : countC * countK;
        coincidences[indexOf.get(c)!][indexOf.get(k)!] += orderedPairs / pairsPerValue;
      }
    }
  }

  const valueTotals = coincidences.map((row) => row.reduce((sum, o) => sum + o, 0));
  return {
    values,
    coincidences,
    valueTotals,
    pairable: pairableUnits.reduce((sum, counts) => sum + total(counts), 0),
    units: pairableUnits.length,
  };
}

function countValues(unit: readonly (CodedValue | null)[]): Map<CodedValue, number> {
  const counts = new Map<CodedValue, number>();
  for (const value of unit) {
    if (value === null) continue;
    if (typeof value === "number" && !Number.isFinite(value)) {
      throw new RangeError(`Coded values must be finite numbers or strings, got ${value}`);
    }
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

function total(counts: Map<CodedValue, number>): number {
  let sum = 0;
  for (const count of counts.values()) sum += count;
  return sum;
}

// Sorted so that ordinal ranks and the published matrices line up with the index order.
function distinctValues(units: Map<CodedValue, number>[]): CodedValue[] {
  const values = new Set<CodedValue>();
  for (const counts of units) for (const value of counts.keys()) values.add(value);
  return [...values].sort(compareValues);
}

function compareValues(a: CodedValue, b: CodedValue): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

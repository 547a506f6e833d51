import {
  buildCoincidenceMatrix,
  type CodedValue,
  type CoincidenceMatrix,
  type ReliabilityData,
} from "./coincidence-matrix.ts";

export type { CodedValue, ReliabilityData };

export type AlphaMetric = "nominal" | "ordinal" | "interval" | "ratio";

export interface AlphaResult {
  /**
   * 1 − observed/expected disagreement; 1 is perfect agreement, 0 is agreement at chance level.
   * null when alpha is undefined (0/0): fewer than 2 pairable values, or all pairable values are
   * identical, so there is no variation against which agreement could be told from chance.
   */
  alpha: number | null;
  /** n: values in units that have at least two values. */
  pairable: number;
  /** Units that have at least two values. */
  units: number;
}

/**
 * Krippendorff's alpha computed from the coincidence matrix, following Krippendorff (2011),
 * "Computing Krippendorff's Alpha-Reliability". Any number of coders, missing values allowed
 * (null). The ordinal, interval and ratio metrics need numeric values: map ordered labels to
 * their ranks first (ordinal alpha depends only on the order of the values).
 */
export function krippendorffAlpha(data: ReliabilityData, metric: AlphaMetric = "nominal"): AlphaResult {
  const matrix = buildCoincidenceMatrix(data);
  const { pairable, units } = matrix;
  if (pairable < 2) return { alpha: null, pairable, units };

  const distance = squaredDistances(matrix, metric);
  let observed = 0;
  let expected = 0;
  matrix.values.forEach((_, c) => {
    matrix.values.forEach((_, k) => {
      observed += matrix.coincidences[c][k] * distance[c][k];
      expected += (matrix.valueTotals[c] * matrix.valueTotals[k] * distance[c][k]) / (pairable - 1);
    });
  });
  return { alpha: expected === 0 ? null : 1 - observed / expected, pairable, units };
}

/** δ²_ck for every pair of value indexes, as defined in Krippendorff (2011). */
function squaredDistances(matrix: CoincidenceMatrix, metric: AlphaMetric): number[][] {
  if (metric === "nominal") {
    return matrix.values.map((_, c) => matrix.values.map((_, k) => (c === k ? 0 : 1)));
  }
  const values = numericValues(matrix.values, metric);
  if (metric === "interval") return values.map((c) => values.map((k) => (c - k) ** 2));
  if (metric === "ratio") return values.map((c) => values.map((k) => (c + k === 0 ? 0 : ((c - k) / (c + k)) ** 2)));
  return ordinalDistances(matrix.valueTotals);
}

/**
 * Ordinal distance between ranks c ≤ k: (Σ_{g=c..k} n_g − (n_c + n_k)/2)². It measures how many
 * pairable values lie between the two, so it uses the observed frequencies rather than the codes.
 */
function ordinalDistances(valueTotals: number[]): number[][] {
  const cumulative = [0];
  for (const n of valueTotals) cumulative.push(cumulative[cumulative.length - 1] + n);
  return valueTotals.map((_, c) =>
    valueTotals.map((_, k) => {
      const [low, high] = c <= k ? [c, k] : [k, c];
      const between = cumulative[high + 1] - cumulative[low];
      return (between - (valueTotals[low] + valueTotals[high]) / 2) ** 2;
    }),
  );
}

function numericValues(values: CodedValue[], metric: AlphaMetric): number[] {
  return values.map((value) => {
    if (typeof value !== "number") {
      throw new TypeError(`The ${metric} metric needs numeric values, got "${value}"`);
    }
    if (metric === "ratio" && value < 0) {
      throw new RangeError(`The ratio metric needs values of at least 0, got ${value}`);
    }
    return value;
  });
}

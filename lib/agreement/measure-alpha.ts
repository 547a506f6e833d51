import { krippendorffAlpha, type AlphaMetric, type ReliabilityData } from "./krippendorff-alpha.ts";
import { reliabilityFigure, type ReliabilityFigure } from "./reliability-figure.ts";

export interface AlphaFigure extends ReliabilityFigure {
  /** Units with values from at least two reviewers: the units alpha is computed over. */
  units: number;
  /** n: the values in those units. */
  pairable: number;
  /** Of those units, how many got the same value from everyone: raw agreement, not chance-corrected. */
  agreed: number;
}

const NO_VARIATION = "Every reviewer gave every unit the same value, so agreement cannot be told apart from chance.";

/** Krippendorff's alpha of the data as a figure to report; `noUnits` says what is missing when no unit is paired. */
export function measureAlpha(data: ReliabilityData, metric: AlphaMetric, noUnits: string): AlphaFigure {
  const { alpha, units, pairable } = krippendorffAlpha(data, metric);
  const paired = data.map((unit) => unit.filter((value) => value !== null)).filter((values) => values.length >= 2);
  const agreed = paired.filter((values) => values.every((value) => value === values[0])).length;
  return { ...reliabilityFigure(alpha, units, units === 0 ? noUnits : NO_VARIATION), units, pairable, agreed };
}

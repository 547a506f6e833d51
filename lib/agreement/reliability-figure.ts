import { classifyReliability, type ReliabilityVerdict } from "./thresholds.ts";

/** Below this many units a figure is flagged as thin: one article more or less can move it across a cut-off. */
export const THIN_BELOW_UNITS = 10;

/** A chance-corrected coefficient read against Krippendorff's cut-offs, with why it is missing if it is. */
export interface ReliabilityFigure {
  alpha: number | null;
  verdict: ReliabilityVerdict;
  /** Based on fewer than THIN_BELOW_UNITS units. */
  thin: boolean;
  /** Why alpha is undefined, in words a reader can act on; null when it is defined. */
  undefinedBecause: string | null;
}

export function reliabilityFigure(alpha: number | null, units: number, whyUndefined: string): ReliabilityFigure {
  const verdict = classifyReliability(alpha);
  return {
    alpha: verdict === "undefined" ? null : alpha,
    verdict,
    thin: units < THIN_BELOW_UNITS,
    undefinedBecause: verdict === "undefined" ? whyUndefined : null,
  };
}

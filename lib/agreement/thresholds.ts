export type ReliabilityVerdict = "reliable" | "tentative" | "unreliable" | "undefined";

// Krippendorff (2004), Content Analysis: An Introduction to Its Methodology, 2nd ed.: rely on α ≥ .800; use .667 ≤ α < .800 only for tentative conclusions.
export const RELIABLE_FROM = 0.8;
export const TENTATIVE_FROM = 0.667;

/** Reads an alpha against Krippendorff's cut-offs; they are not calibrated for F1, which is not chance-corrected. */
export function classifyReliability(alpha: number | null): ReliabilityVerdict {
  if (alpha === null || Number.isNaN(alpha)) return "undefined";
  if (alpha >= RELIABLE_FROM) return "reliable";
  if (alpha >= TENTATIVE_FROM) return "tentative";
  return "unreliable";
}

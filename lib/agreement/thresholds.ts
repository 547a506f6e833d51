export type ReliabilityVerdict = "reliable" | "tentative" | "unreliable" | "undefined";

// Krippendorff (2004), Content Analysis: An Introduction to Its Methodology, 2nd ed.: rely on α ≥ .800; use .667 ≤ α < .800 only for tentative conclusions.
export const RELIABLE_FROM = 0.8;
export const TENTATIVE_FROM = 0.667;

/** Reads an agreement coefficient (alpha, or F1 on the same scale) against Krippendorff's conventional cut-offs. */
export function classifyReliability(coefficient: number | null): ReliabilityVerdict {
  if (coefficient === null || Number.isNaN(coefficient)) return "undefined";
  if (coefficient >= RELIABLE_FROM) return "reliable";
  if (coefficient >= TENTATIVE_FROM) return "tentative";
  return "unreliable";
}

import type { AttributionRule } from "./candidate.ts";

const RULES: Record<AttributionRule, string> = {
  "quote.cue-after": "Quotation followed by its speaker and reporting verb",
  "quote.cue-before": "Quotation introduced by a reporting verb",
  "quote.colon": "Quotation introduced by its speaker and a colon",
  "quote.continued": "Quotation continuing the previous speaker's quote or report",
  "headline.colon": "Headline naming a speaker before a colon",
  "indirect.that-clause": "Reported speech after a reporting verb",
  "indirect.cue-after": "Reported speech before its speaker and reporting verb",
  "indirect.according-to": "Statement attributed with “according to”",
  "indirect.report-noun": "Claim reported with a noun such as “claim that” or “warning that”",
  "indirect.asked": "Question put to someone, opened by “Asked” or “when asked”",
};

/** A sentence a reviewer can check against the text: the rule, and the cue and speaker it relied on. */
export function explainAttribution(rule: AttributionRule, cue: string | null, speaker: string | null): string {
  const parts = [RULES[rule]];
  if (cue) parts.push(`cue “${cue}”`);
  if (speaker) parts.push(`speaker “${speaker}”`);
  return parts.join("; ");
}

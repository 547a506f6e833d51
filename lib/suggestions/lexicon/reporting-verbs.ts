import type { VerbClass } from "../types.ts";
import lexicon from "./reporting-verbs.json" with { type: "json" };

/** What a reporting verb introduces: speech, a thought or intention, or a finding of a poll or study. */
export type VerbKind = "speech" | "thought" | "evidence";

export interface ReportingVerb {
  lemma: string;
  class: VerbClass;
  kind: VerbKind;
  /** The adverb that completes a phrasal verb ("out" of "point out"). */
  particle?: string;
  /** Reports speech only when it introduces a quote ("Caddell continued: …"), not before a clause. */
  quotesOnly?: boolean;
  /** Reports speech before a clause or a quotation ("wrote that …"), not before a plain object ("wrote the letter"). */
  needsClause?: boolean;
}

const BY_FORM = new Map<string, ReportingVerb[]>();
for (const { forms, ...verb } of lexicon.verbs as Array<ReportingVerb & { forms: string[] }>) {
  for (const form of forms) BY_FORM.set(form, [...(BY_FORM.get(form) ?? []), verb]);
}

/** The reporting verbs a lower-case word form may be: "points" is "point out" when "out" follows. */
export function reportingVerbsOf(form: string): ReportingVerb[] {
  return BY_FORM.get(form) ?? [];
}

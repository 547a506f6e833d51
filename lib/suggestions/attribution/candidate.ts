import type { ReportingVerb } from "../lexicon/reporting-verbs.ts";
import type { Phrase } from "./noun-phrase.ts";
import type { SpeakerPhrase } from "./speaker-phrase.ts";

/** An attribution a rule found, in tokens, before it is checked against the others and explained. */
export interface Candidate {
  rule: AttributionRule;
  form: "direct" | "indirect";
  /** The content's pieces as token runs, in text order. */
  parts: Phrase[];
  speaker: SpeakerPhrase | null;
  /** The cue's tokens ("said", "pointed out", "according to", ":"). */
  cue: Phrase | null;
  verb: ReportingVerb | null;
}

export type AttributionRule =
  | "quote.cue-after"
  | "quote.cue-before"
  | "quote.colon"
  | "quote.continued"
  | "headline.colon"
  | "indirect.that-clause"
  | "indirect.cue-after"
  | "indirect.according-to"
  | "indirect.report-noun"
  | "indirect.asked";

/** The first and last token a candidate's content, speaker and cue take up. */
export function candidateExtent(candidate: Candidate): Phrase {
  const phrases = [...candidate.parts, candidate.speaker?.mention, candidate.cue].filter((p): p is Phrase => !!p);
  return {
    first: Math.min(...phrases.map((phrase) => phrase.first)),
    last: Math.max(...phrases.map((phrase) => phrase.last)),
  };
}

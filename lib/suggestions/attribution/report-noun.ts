import type { TextAnalysis } from "../text/analysis.ts";
import type { Candidate } from "./candidate.ts";
import { lastWordOf } from "./clause-limits.ts";
import { contentEnd } from "./content-bounds.ts";
import { phraseEndingAt } from "./noun-phrase.ts";

const wordSet = (words: string) => new Set(words.trim().split(/\s+/));

// Nouns that report what someone said or thinks, before "that": "Trump’s claim that …", "her warning that …".
const REPORT_NOUNS = wordSet(`
  claim claims assertion assertions allegation allegations accusation accusations charge charges statement remark
  remarks comment comments suggestion insistence argument arguments warning warnings promise pledge vow boast
  admission denial contention belief view fear fears hope hopes prediction message point insinuation complaint
`);
const POSSESSIVE_PRONOUNS = wordSet("his her their its our my your");
const POSSESSIVE = /['’]s$/;
const MIN_CONTENT_WORDS = 2;

/** `Trump’s claim that …`, `her warning that …`: a reporting noun owned by its speaker, and the clause after it. */
export function reportNoun(analysis: TextAnalysis, index: number): Candidate | null {
  const { tokens } = analysis;
  const noun = tokens[index];
  if (!REPORT_NOUNS.has(noun.lower) || tokens[index + 1]?.lower !== "that") return null;
  const owner = tokens[index - 1];
  if (!owner || owner.kind !== "word") return null;
  const floor = analysis.sentences[analysis.sentenceOf[index]].first;
  const speaker = POSSESSIVE_PRONOUNS.has(owner.lower)
    ? { first: index - 1, last: index - 1 }
    : POSSESSIVE.test(owner.lower)
      ? phraseEndingAt(tokens, index - 1, floor)
      : null;
  if (!speaker) return null;
  const ceiling = lastWordOf(analysis, analysis.sentenceOf[index]);
  const start = index + 2;
  if (start > ceiling || tokens[start].kind !== "word") return null;
  const end = contentEnd(tokens, start, ceiling);
  if (end - start + 1 < MIN_CONTENT_WORDS) return null;
  return {
    rule: "indirect.report-noun",
    form: "indirect",
    parts: [{ first: start, last: end }],
    speaker: { mention: speaker, core: speaker },
    cue: { first: index, last: index },
    verb: null,
  };
}

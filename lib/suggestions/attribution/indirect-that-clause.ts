import type { TextAnalysis } from "../text/analysis.ts";
import type { Candidate } from "./candidate.ts";
import { lastWordOf } from "./clause-limits.ts";
import { contentEnd, contentStart } from "./content-bounds.ts";
import type { Cue } from "./cue.ts";
import { classify } from "./noun-phrase.ts";
import { speakerBefore } from "./speaker-phrase.ts";
import { SUBJECT_PRONOUNS } from "./speaker-words.ts";

const MIN_CONTENT_WORDS = 2;
const WH_WORDS = new Set(["how", "why", "what", "whether", "if", "when", "where", "who"]);

// A thought or finding is reported content only with a clause after it ("believes that …", "found the plan …"),
// not with a plain object ("knows Ohio"): a "that", or a subject-like word opening the clause.
function opensClause(analysis: TextAnalysis, start: number): boolean {
  if (analysis.tokens[start - 1]?.lower === "that" || WH_WORDS.has(analysis.tokens[start]?.lower)) return true;
  const wordClass = classify(analysis.tokens, start);
  return SUBJECT_PRONOUNS.has(analysis.tokens[start]?.lower) || wordClass === "determiner" || wordClass === "name";
}

function countWords(analysis: TextAnalysis, first: number, last: number): number {
  return analysis.tokens.slice(first, last + 1).filter((token) => token.kind === "word").length;
}

/**
 * `X said (that) …`, `X told Y …`, `X warned/urged/accused …`: the speaker before a reporting verb and what
 * follows it to the end of the clause as the reported content.
 */
export function indirectThatClause(analysis: TextAnalysis, cue: Cue): Candidate | null {
  const { tokens } = analysis;
  const sentenceIndex = analysis.sentenceOf[cue.first];
  const floor = analysis.sentences[sentenceIndex].first;
  const ceiling = lastWordOf(analysis, sentenceIndex);
  if (cue.verb.quotesOnly) return null;
  const speaker = speakerBefore(tokens, cue.first, floor);
  if (!speaker) return null;
  const start = contentStart(tokens, cue, ceiling);
  if (start > ceiling || tokens[start].kind === "punct") return null;
  const end = contentEnd(tokens, start, ceiling);
  const quoted = analysis.quoteOf.subarray(start, end + 1).some((quote) => quote >= 0);
  const needsClause = cue.verb.kind !== "speech" || cue.verb.needsClause;
  if (needsClause && !opensClause(analysis, start) && !quoted) return null;
  if (countWords(analysis, start, end) < MIN_CONTENT_WORDS) return null;
  return {
    rule: "indirect.that-clause",
    form: "indirect",
    parts: [{ first: start, last: end }],
    speaker,
    cue,
    verb: cue.verb,
  };
}

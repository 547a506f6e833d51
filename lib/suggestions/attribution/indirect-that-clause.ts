import { wordsBetween, type TextAnalysis } from "../text/analysis.ts";
import type { Candidate } from "./candidate.ts";
import { lastWordOf } from "./clause-limits.ts";
import { contentEnd, contentStart } from "./content-bounds.ts";
import { cueAt, type Cue } from "./cue.ts";
import { phraseStartingAt } from "./noun-phrase.ts";
import { openingClauseEnd } from "./opening-clause.ts";
import { clauseSubject } from "./clause-subject.ts";
import { sentenceSubject } from "./sentence-subject.ts";
import { speakerBefore } from "./speaker-before.ts";
import { SUBJECT_PRONOUNS } from "./speaker-words.ts";

const MIN_CONTENT_WORDS = 2;
const MIN_LABEL_WORDS = 3;
// Verbs that report a request, whose content is what the hearer is asked to do: "asked voters to …".
const DIRECTIVES = new Set(["ask", "urge", "tell", "warn", "beg", "plead", "call on", "encourage", "order", "invite"]);
const VERB_LIKE =
  /^(?:is|was|are|were|has|have|had|will|would|can|could|should|may|might|must|does|did|do|[a-z]+(?:ed|s)|[a-z]+n['’]t)$/;
// Verbs that report an intention, stance or impression, whose content is the infinitive after them: "plans to
// run", "declined to comment", "seemed to suggest", "agreed to debate".
const INTENTIONS = new Set([
  "want",
  "plan",
  "hope",
  "expect",
  "intend",
  "wish",
  "promise",
  "vow",
  "pledge",
  "threaten",
  "seek",
  "refuse",
  "decline",
  "seem",
  "appear",
  "agree",
  "offer",
  "consider",
  "prefer",
  "propose",
]);
const WH_WORDS = new Set(["how", "why", "what", "whether", "if", "when", "where", "who"]);

// A thought or finding is reported content only with a clause after it ("believes that …", "found the plan …"),
// not with a plain object ("knows Ohio"): a "that", or a subject-like word opening the clause.
function opensClause(analysis: TextAnalysis, cue: Cue, start: number, end: number): boolean {
  const { tokens } = analysis;
  if (tokens[start - 1]?.lower === "that" || WH_WORDS.has(tokens[start]?.lower)) return true;
  if (tokens[start].lower === "to" && (DIRECTIVES.has(cue.verb.lemma) || INTENTIONS.has(cue.verb.lemma))) return true;
  if (SUBJECT_PRONOUNS.has(tokens[start].lower)) return true;
  // A subject and then a verb: "the fire was set …", "Sanders leads …", not "Ohio well" or "the letter herself".
  const subject = phraseStartingAt(tokens, start, end);
  const verb = subject ? tokens[subject.last + 1] : undefined;
  return verb !== undefined && verb.kind === "word" && !verb.capital && VERB_LIKE.test(verb.lower);
}

/**
 * `X said (that) …`, `X told Y …`, `X warned/urged/accused …`: the speaker before a reporting verb and what
 * follows it to the end of the clause as the reported content.
 */
export function indirectThatClause(analysis: TextAnalysis, cue: Cue): Candidate | null {
  const { tokens } = analysis;
  const sentenceIndex = analysis.sentenceOf[cue.first];
  const floor = analysis.sentences[sentenceIndex].first;
  if (cue.verb.quotesOnly) return null;
  const ceiling = openingClauseEnd(analysis, cue, floor, lastWordOf(analysis, sentenceIndex));
  // ", saying …", ", adding that …": a participle after a comma speaks for the subject of the sentence.
  const participle = tokens[cue.first - 1]?.text === "," && tokens[cue.first].lower.endsWith("ing");
  // A sentence that opens with a quote has its subject after it: `"…," Kiedis said, mentioning …`.
  const opening = analysis.quoteOf[floor] >= 0 ? analysis.quotes[analysis.quoteOf[floor]].closeToken + 1 : floor;
  const subjectStart = tokens[opening]?.text === "," ? opening + 1 : opening;
  const speaker = participle
    ? clauseSubject(tokens, subjectStart, cue.first)
    : (speakerBefore(tokens, cue.first, floor) ?? sentenceSubject(tokens, subjectStart, cue.first));
  if (!speaker) return null;
  const start = contentStart(tokens, cue, ceiling);
  if (start > ceiling || tokens[start].kind === "punct" || cueAt(tokens, start)) return null;
  const end = contentEnd(tokens, start, ceiling);
  const quoted = analysis.quoteOf.subarray(start, end + 1).some((quote) => quote >= 0);
  // "called the charges unsubstantiated", "called Oz a quack": naming someone or something is what "call" reports.
  const labels = cue.verb.lemma === "call" && wordsBetween(analysis, start, end) >= MIN_LABEL_WORDS;
  const needsClause = cue.verb.kind === "thought" || (cue.verb.needsClause && !labels);
  if (needsClause && !opensClause(analysis, cue, start, end) && !quoted) return null;
  if (wordsBetween(analysis, start, end) < MIN_CONTENT_WORDS) return null;
  return {
    rule: "indirect.that-clause",
    form: "indirect",
    parts: [{ first: start, last: end }],
    speaker,
    cue,
    verb: cue.verb,
  };
}

import type { Quote } from "../quotes/find-quotes.ts";
import type { TextAnalysis } from "../text/analysis.ts";
import type { Candidate } from "./candidate.ts";
import { contentStart } from "./content-bounds.ts";
import { cueAt } from "./cue.ts";
import { clauseSubject } from "./clause-subject.ts";
import { speakerBefore } from "./speaker-before.ts";

const MAX_CUE_DISTANCE = 30;
const INTRODUCERS = new Set([":", ",", "that", "—", "–", "―"]);
// Marks that introduce a quote by themselves: "Hamas’ statement: "…"", "Steve Quinlan ― "…"".
const COLON_LIKE = new Set([":", "—", "–", "―"]);

// The sentence a quote's introduction stands in: its own, or for a quote opening a sentence or paragraph after a
// colon ("Caddell continued:" then the quote), the one before.
function introductionStart(analysis: TextAnalysis, quote: Quote): number | null {
  const sentence = analysis.sentences[analysis.sentenceOf[quote.openToken]];
  if (sentence.first < quote.openToken) return sentence.first;
  const before = analysis.tokens[quote.openToken - 1];
  if (before?.text !== ":") return null;
  return analysis.sentences[analysis.sentenceOf[quote.openToken - 1]].first;
}

// A quotation is all that a verb reports only if nothing of the clause follows it: `said that "…."`, `said, "…,"
// adding`, but not `said that "we need more information" about …`, where the quote is part of reported speech.
function closesClause(analysis: TextAnalysis, quote: Quote): boolean {
  const after = analysis.tokens[quote.closeToken + 1];
  return (
    !after ||
    after.kind !== "word" ||
    analysis.sentenceOf[quote.closeToken + 1] !== analysis.sentenceOf[quote.closeToken]
  );
}

/**
 * `Biden said: "…"` / `He told the crowd, "…"` / `Caddell continued:` and a quote in the next paragraph: a quote
 * introduced by a colon, comma or "that" after a reporting verb earlier in the same sentence. Without a verb, a
 * speaker and a colon (`Hamas’ statement: "…"`, `Cruz called them on it: "…"`) also introduce a quote.
 */
export function quoteCueBefore(analysis: TextAnalysis, quote: Quote): Candidate | null {
  const { tokens } = analysis;
  const floor = introductionStart(analysis, quote);
  const introducer = quote.openToken - 1;
  if (floor === null || introducer < floor) return null;
  const content = [{ first: quote.openToken, last: quote.closeToken }];
  const direct = cueAt(tokens, introducer);
  if (!direct && !INTRODUCERS.has(tokens[introducer].lower)) return null;
  const colon = COLON_LIKE.has(tokens[introducer].text);
  for (let index = introducer; index >= Math.max(floor, introducer - MAX_CUE_DISTANCE); index--) {
    if (analysis.quoteOf[index] >= 0) break;
    const cue = cueAt(tokens, index);
    if (!cue || cue.verb.kind !== "speech") continue;
    // Without a colon the quote must be what the verb reports, not a phrase quoted further on in its clause
    // ("said the plan was “dead”" is reported speech with a quote in it, not a quotation).
    if (!colon && contentStart(tokens, cue, quote.openToken) !== quote.openToken) return null;
    if (!colon && !closesClause(analysis, quote)) return null;
    const speaker = speakerBefore(tokens, index, floor);
    return { rule: "quote.cue-before", form: "direct", parts: content, speaker, cue, verb: cue.verb };
  }
  if (!colon) return null;
  const speaker = clauseSubject(tokens, floor, introducer);
  if (!speaker) return null;
  // A dash introduces a quote only right after the speaker's name, as in a list of voices.
  if (tokens[introducer].text !== ":" && speaker.mention.last !== introducer - 1) return null;
  const cue = { first: speaker.mention.last + 1, last: introducer };
  return { rule: "quote.colon", form: "direct", parts: content, speaker, cue, verb: null };
}

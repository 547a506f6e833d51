import type { Quote } from "../quotes/find-quotes.ts";
import type { TextAnalysis } from "../text/analysis.ts";
import type { Token } from "../text/tokenize.ts";
import { accordingTo } from "./according-to.ts";
import { askedQuestion } from "./asked-question.ts";
import { candidateExtent, type Candidate } from "./candidate.ts";
import { continueQuotes } from "./continued-quotes.ts";
import { cueAt } from "./cue.ts";
import { headlineColon } from "./headline-colon.ts";
import { indirectCueAfter } from "./indirect-cue-after.ts";
import { indirectThatClause } from "./indirect-that-clause.ts";
import { quoteCueAfter } from "./quote-cue-after.ts";
import { quoteCueBefore } from "./quote-cue-before.ts";
import { reportNoun } from "./report-noun.ts";

const MIN_QUOTE_WORDS = 2;
const MAX_TITLE_WORDS = 6;
const SPOKEN_ENDINGS = new Set([",", "!", "?", "."]);
const TITLE_LINKS = new Set(["of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with"]);

// Few words, each capitalised: the name of a show, book or slogan ("Sunday Morning Futures"), not speech.
function isTitle(words: Token[]): boolean {
  const content = words.filter((word) => !TITLE_LINKS.has(word.lower));
  return words.length <= MAX_TITLE_WORDS && content.length > 0 && content.every((word) => word.capital);
}

// Two words or more, or one said aloud (`"Really," she added`, `"Quiet!"`), and not a title.
function isQuotation(analysis: TextAnalysis, quote: Quote): boolean {
  const { tokens } = analysis;
  const words = tokens.slice(quote.openToken, quote.closeToken + 1).filter((token) => token.kind === "word");
  const spoken = words.length === 1 && SPOKEN_ENDINGS.has(tokens[quote.closeToken - 1].text.slice(-1));
  return spoken || (words.length >= MIN_QUOTE_WORDS && !isTitle(words));
}

/**
 * Runs the attribution rules, surest first (quotes with their cues, "according to", then reporting verbs), and
 * keeps a candidate only if its content and cue use no token an earlier one took: each word belongs to at most
 * one attribution, as in PolNeAR's annotation.
 */
export function findCandidates(analysis: TextAnalysis): Candidate[] {
  const { tokens } = analysis;
  const taken = new Uint8Array(tokens.length);
  const accepted: Candidate[] = [];
  const accept = (candidate: Candidate | null) => {
    if (!candidate) return;
    const runs = candidate.cue ? [...candidate.parts, candidate.cue] : candidate.parts;
    if (runs.some((run) => taken.subarray(run.first, run.last + 1).some(Boolean))) return;
    // The speaker's words are taken too: "Cruz, who has proposed repealing it, said" reports nothing of its own.
    const mention = candidate.speaker?.mention;
    for (const run of mention ? [...runs, mention] : runs) taken.fill(1, run.first, run.last + 1);
    accepted.push(candidate);
  };
  for (const quote of analysis.quotes) {
    if (!isQuotation(analysis, quote)) continue;
    accept(quoteCueAfter(analysis, quote) ?? quoteCueBefore(analysis, quote));
  }
  // Quotes that go on with a speaker's quote, before any other rule can read them as part of another report.
  accepted.push(...continueQuotes(analysis, accepted, taken));
  for (let index = 0; index < analysis.sentences.length; index++) accept(headlineColon(analysis, index));
  for (let index = 0; index < tokens.length; index++) {
    if (analysis.quoteOf[index] < 0 && !taken[index])
      accept(accordingTo(analysis, index) ?? askedQuestion(analysis, index));
  }
  for (let index = 0; index < tokens.length; index++) {
    if (analysis.quoteOf[index] >= 0 || taken[index]) continue;
    const cue = cueAt(tokens, index);
    if (cue) accept(indirectCueAfter(analysis, cue) ?? indirectThatClause(analysis, cue));
    else accept(reportNoun(analysis, index));
  }
  accepted.push(...continueQuotes(analysis, accepted, taken, "indirect"));
  return accepted.sort((a, b) => candidateExtent(a).first - candidateExtent(b).first);
}

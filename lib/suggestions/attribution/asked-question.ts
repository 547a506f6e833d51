import { wordsBetween, type TextAnalysis } from "../text/analysis.ts";
import type { Candidate } from "./candidate.ts";
import { lastWordOf } from "./clause-limits.ts";
import { cueAt } from "./cue.ts";
import { phraseStartingAt } from "./noun-phrase.ts";
import type { SpeakerPhrase } from "./speaker-phrase.ts";

const QUESTION_OPENERS = new Set([
  "if",
  "whether",
  "what",
  "why",
  "how",
  "who",
  "whom",
  "which",
  "when",
  "where",
  "about",
]);
const MAX_BEFORE_QUESTION = 5;
const MIN_QUESTION_WORDS = 2;

/**
 * `Asked if he was ever bullied, the candidate said no` / `… when asked whether he would issue a quarantine`: the
 * question put to someone, opened by "Asked" at the start of a sentence or by "when asked", up to the comma that
 * ends it. Who asked is named only by "by" ("Asked by Stephanopoulos to respond, …"); the asker is often left
 * unsaid.
 */
export function askedQuestion(analysis: TextAnalysis, index: number): Candidate | null {
  const { tokens } = analysis;
  if (tokens[index].lower !== "asked") return null;
  const sentenceIndex = analysis.sentenceOf[index];
  const floor = analysis.sentences[sentenceIndex].first;
  if (index !== floor && tokens[index - 1]?.lower !== "when") return null;
  const ceiling = lastWordOf(analysis, sentenceIndex);
  let start = index + 1;
  let speaker: SpeakerPhrase | null = null;
  if (tokens[start]?.lower === "by") {
    const asker = phraseStartingAt(tokens, start + 1, ceiling);
    if (!asker) return null;
    speaker = { mention: asker, core: asker };
    start = asker.last + 1;
  }
  const limit = Math.min(ceiling, start + MAX_BEFORE_QUESTION);
  while (start <= limit && !QUESTION_OPENERS.has(tokens[start].lower) && tokens[start].lower !== "to") start++;
  if (start > limit || tokens.slice(index + 1, start).some((token) => token.kind !== "word")) return null;
  let end = start;
  while (end < ceiling && !(tokens[end + 1].text === "," && analysis.quoteOf[end + 1] < 0)) end++;
  if (wordsBetween(analysis, start, end) < MIN_QUESTION_WORDS) return null;
  return {
    rule: "indirect.asked",
    form: "indirect",
    parts: [{ first: start, last: end }],
    speaker,
    cue: { first: index, last: index },
    verb: cueAt(tokens, index)?.verb ?? null,
  };
}

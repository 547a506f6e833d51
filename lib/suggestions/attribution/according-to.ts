import { wordsBetween, type TextAnalysis } from "../text/analysis.ts";
import type { Candidate } from "./candidate.ts";
import { lastWordOf } from "./clause-limits.ts";
import type { Phrase } from "./noun-phrase.ts";
import { speakerAfter } from "./speaker-after.ts";
import type { SpeakerPhrase } from "./speaker-phrase.ts";

const countWords = (analysis: TextAnalysis, part: Phrase) => wordsBetween(analysis, part.first, part.last);

const MAX_SOURCE_TOKENS = 25;

// "According to early results of exit polls conducted for The Associated Press, …", "…, according to exit polling
// data.": "according to" marks what follows as the source, whatever its words, up to the next comma or the end.
function wholeSource(analysis: TextAnalysis, index: number, ceiling: number): SpeakerPhrase | null {
  const { tokens } = analysis;
  const first = index + 2;
  let last = first;
  while (last < ceiling && tokens[last + 1].text !== "," && analysis.quoteOf[last + 1] < 0) last++;
  if (first > ceiling || last - first >= MAX_SOURCE_TOKENS || analysis.quoteOf[first] >= 0) return null;
  if (tokens.slice(first, last + 1).some((token) => token.text === "." || token.text === ";")) return null;
  return { mention: { first, last }, core: { first, last } };
}

/**
 * `According to X, …` / `…, according to X.` / `The group, according to X, …`: the source named after "according
 * to", and the rest of the sentence on either side as the content.
 */
export function accordingTo(analysis: TextAnalysis, index: number): Candidate | null {
  const { tokens } = analysis;
  if (tokens[index].lower !== "according" || tokens[index + 1]?.lower !== "to") return null;
  const sentenceIndex = analysis.sentenceOf[index];
  const floor = analysis.sentences[sentenceIndex].first;
  const ceiling = lastWordOf(analysis, sentenceIndex);
  // Opening the sentence, the source ends at the comma before the content: no apposition follows it.
  const speaker =
    speakerAfter(tokens, index + 2, ceiling, index > floor ? "named" : "none") ?? wholeSource(analysis, index, ceiling);
  if (!speaker) return null;
  const parts: Phrase[] = [];
  const beforeEnd = tokens[index - 1]?.text === "," ? index - 2 : index - 1;
  if (beforeEnd >= floor) parts.push({ first: floor, last: beforeEnd });
  const afterStart = speaker.mention.last + (tokens[speaker.mention.last + 1]?.text === "," ? 2 : 1);
  if (afterStart <= ceiling) parts.push({ first: afterStart, last: ceiling });
  const content = parts.filter((part) => countWords(analysis, part) > 0);
  if (content.reduce((sum, part) => sum + countWords(analysis, part), 0) < 3) return null;
  return {
    rule: "indirect.according-to",
    form: "indirect",
    parts: content,
    speaker,
    cue: { first: index, last: index + 1 },
    verb: null,
  };
}

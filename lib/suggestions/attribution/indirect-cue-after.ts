import { wordsBetween, type TextAnalysis } from "../text/analysis.ts";
import type { Token } from "../text/tokenize.ts";
import type { Candidate } from "./candidate.ts";
import { lastWordOf } from "./clause-limits.ts";
import { contentStart, HEARER_FIRST } from "./content-bounds.ts";
import type { Cue } from "./cue.ts";
import type { Phrase } from "./noun-phrase.ts";
import { withLeadingDescriptors } from "./leading-descriptors.ts";
import { speakerAfter } from "./speaker-after.ts";
import { speakerBefore } from "./speaker-before.ts";

const MIN_CONTENT_WORDS = 3;
const NOT_CONTENT = new Set(["with", "in", "at", "on", "during", "after", "before", "as", "while", "when", "who"]);

// Where the reported part before the cue starts: the sentence's start, or after a "but" or semicolon that joins it
// to the outlet's own clause ("The program is hardly formal, but it has attracted a following, said Ms. Gil").
function reportStart(tokens: Token[], floor: number, comma: number): number {
  for (let index = comma - 1; index > floor; index--) {
    if (tokens[index].text === ";" || (tokens[index].lower === "but" && tokens[index - 1].text === ","))
      return index + 1;
  }
  return floor;
}

/**
 * `…, the source said.` / `…, said Caddell.` / `The fire, officials said, started in the warehouse.`: a reporting
 * clause set off by commas after what it reports, closing the sentence or inserted in it.
 */
export function indirectCueAfter(analysis: TextAnalysis, cue: Cue): Candidate | null {
  const { tokens } = analysis;
  const sentenceIndex = analysis.sentenceOf[cue.first];
  const floor = analysis.sentences[sentenceIndex].first;
  const ceiling = lastWordOf(analysis, sentenceIndex);
  if (cue.verb.kind !== "speech" || cue.verb.quotesOnly) return null;
  const found = speakerBefore(tokens, cue.first, floor);
  // "…, law enforcement officials say.": unlisted words between the comma and the speaker's phrase describe it.
  let comma = found ? found.mention.first - 1 : -1;
  while (found && comma > Math.max(floor, found.mention.first - 6) && tokens[comma].text !== ",") comma--;
  const before = found && tokens[comma]?.text === "," ? withLeadingDescriptors(tokens, found, comma + 1) : found;
  const invertible = tokens[cue.first - 1]?.text === "," && !HEARER_FIRST.has(cue.verb.lemma);
  const inverted = invertible ? speakerAfter(tokens, cue.last + 1, ceiling, "named") : null;
  const speaker = before && tokens[before.mention.first - 1]?.text === "," ? before : inverted;
  if (!speaker) return null;
  const opening = Math.min(speaker.mention.first, cue.first) - 1;
  const start = reportStart(tokens, floor, opening);
  if (wordsBetween(analysis, start, opening - 1) < MIN_CONTENT_WORDS || analysis.quoteOf[opening - 1] >= 0) return null;
  const parts: Phrase[] = [{ first: start, last: opening - 1 }];
  // After the reporting clause: nothing but its time or occasion, or a comma and the rest of what was reported.
  const after = contentStart(tokens, { ...cue, last: Math.max(cue.last, speaker.mention.last) }, ceiling);
  if (after <= ceiling) {
    if (tokens[after - 1]?.text !== "," || tokens[after].kind !== "word") return null;
    if (!NOT_CONTENT.has(tokens[after].lower) && !tokens[after].lower.endsWith("ing"))
      parts.push({ first: after, last: ceiling });
  }
  return { rule: "indirect.cue-after", form: "indirect", parts, speaker, cue, verb: cue.verb };
}

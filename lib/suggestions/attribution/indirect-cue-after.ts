import { wordsBetween, type TextAnalysis } from "../text/analysis.ts";
import type { Candidate } from "./candidate.ts";
import { lastWordOf } from "./clause-limits.ts";
import { contentStart, HEARER_FIRST } from "./content-bounds.ts";
import type { Cue } from "./cue.ts";
import { speakerAfter, speakerBefore, type SpeakerPhrase } from "./speaker-phrase.ts";

const MIN_CONTENT_WORDS = 3;

// The tokens after the speaker and verb up to the sentence's end may hold only a time or occasion:
// "…, the source said on Tuesday." The content then is everything before the comma.
function closesSentence(analysis: TextAnalysis, cue: Cue, speaker: SpeakerPhrase, ceiling: number): boolean {
  const after = Math.max(cue.last, speaker.mention.last) + 1;
  return after > ceiling || contentStart(analysis.tokens, { ...cue, last: after - 1 }, ceiling) > ceiling;
}

/** `…, the source said.` / `…, said Caddell.`: a reporting clause that closes the sentence after a comma. */
export function indirectCueAfter(analysis: TextAnalysis, cue: Cue): Candidate | null {
  const { tokens } = analysis;
  const sentenceIndex = analysis.sentenceOf[cue.first];
  const floor = analysis.sentences[sentenceIndex].first;
  const ceiling = lastWordOf(analysis, sentenceIndex);
  if (cue.verb.kind !== "speech" || cue.verb.quotesOnly) return null;
  const before = speakerBefore(tokens, cue.first, floor);
  const invertible = tokens[cue.first - 1]?.text === "," && !HEARER_FIRST.has(cue.verb.lemma);
  const inverted = invertible ? speakerAfter(tokens, cue.last + 1, ceiling) : null;
  const speaker = before && tokens[before.mention.first - 1]?.text === "," ? before : inverted;
  if (!speaker || !closesSentence(analysis, cue, speaker, ceiling)) return null;
  const comma = Math.min(speaker.mention.first, cue.first) - 1;
  const words = wordsBetween(analysis, floor, comma - 1);
  if (words < MIN_CONTENT_WORDS || analysis.quoteOf[comma - 1] >= 0) return null;
  return {
    rule: "indirect.cue-after",
    form: "indirect",
    parts: [{ first: floor, last: comma - 1 }],
    speaker,
    cue,
    verb: cue.verb,
  };
}

import { wordsBetween, type TextAnalysis } from "../text/analysis.ts";
import type { Candidate } from "./candidate.ts";
import { lastWordOf } from "./clause-limits.ts";
import { phraseStartingAt } from "./noun-phrase.ts";

const MAX_SPEAKER_TOKENS = 8;
const MAX_HEADLINE_WORDS = 30;
const MIN_CONTENT_WORDS = 3;
// Labels a headline opens with that name no speaker.
const LABELS = new Set(
  "the latest|update|updated|breaking|breaking news|watch|video|photos|exclusive|analysis|opinion|editor's note|related|correction|note|read more|live|live updates|factbox|explainer|fact check|the big picture|timeline".split(
    "|",
  ),
);

/**
 * `Graham: Trump’s ‘Hateful Rhetoric’ Destroying GOP’s Chance` — a headline (or another one-sentence paragraph) that
 * names a speaker and, after a colon, what they said.
 */
export function headlineColon(analysis: TextAnalysis, sentenceIndex: number): Candidate | null {
  const { tokens, sentences } = analysis;
  const { first, last } = sentences[sentenceIndex];
  const paragraph = tokens[first].paragraph;
  const wholeParagraph = tokens[first - 1]?.paragraph !== paragraph && tokens[last + 1]?.paragraph !== paragraph;
  if (!wholeParagraph || wordsBetween(analysis, first, last) > MAX_HEADLINE_WORDS) return null;
  let colon = first + 1;
  while (colon <= Math.min(last, first + MAX_SPEAKER_TOKENS) && tokens[colon].text !== ":") colon++;
  if (tokens[colon]?.text !== ":" || analysis.quoteOf[colon] >= 0) return null;
  const speaker = phraseStartingAt(tokens, first, colon - 1);
  const label = tokens
    .slice(first, colon)
    .map((token) => token.lower)
    .join(" ");
  if (!speaker || speaker.last !== colon - 1 || LABELS.has(label)) return null;
  const ceiling = lastWordOf(analysis, sentenceIndex);
  if (wordsBetween(analysis, colon + 1, ceiling) < MIN_CONTENT_WORDS) return null;
  const quoted = analysis.quoteOf[colon + 1] >= 0 && analysis.quotes[analysis.quoteOf[colon + 1]].closeToken >= ceiling;
  return {
    rule: "headline.colon",
    form: quoted ? "direct" : "indirect",
    parts: [{ first: colon + 1, last: ceiling }],
    speaker: { mention: speaker, core: speaker },
    cue: { first: colon, last: colon },
    verb: null,
  };
}

import type { Quote } from "../quotes/find-quotes.ts";
import type { TextAnalysis } from "../text/analysis.ts";
import type { Candidate } from "./candidate.ts";
import { lastWordOf } from "./clause-limits.ts";
import { cueAt } from "./cue.ts";
import { speakerAfter, speakerBefore } from "./speaker-phrase.ts";

const MAX_SPEAKER_TOKENS = 16;
const SKIPPED = new Set([",", "—", "–", "-"]);

/**
 * `"…," Hamas said` / `"…," said Caddell` / `"…," according to the source`: a quote followed, in its sentence, by
 * its speaker and reporting verb in either order.
 */
export function quoteCueAfter(analysis: TextAnalysis, quote: Quote): Candidate | null {
  const { tokens } = analysis;
  let next = quote.closeToken + 1;
  if (next >= tokens.length || analysis.sentenceOf[next] !== analysis.sentenceOf[quote.closeToken]) return null;
  const ceiling = lastWordOf(analysis, analysis.sentenceOf[quote.closeToken]);
  if (SKIPPED.has(tokens[next].text)) next++;
  if (next > ceiling) return null;
  const content = [{ first: quote.openToken, last: quote.closeToken }];
  const base = { form: "direct" as const, parts: content, rule: "quote.cue-after" as const };

  if (tokens[next].lower === "according" && tokens[next + 1]?.lower === "to") {
    const speaker = speakerAfter(tokens, next + 2, ceiling);
    return speaker && { ...base, speaker, cue: { first: next, last: next + 1 }, verb: null };
  }
  const inverted = cueAt(tokens, next);
  if (inverted?.verb.kind === "speech") {
    const speaker = speakerAfter(tokens, inverted.last + 1, ceiling);
    if (speaker) return { ...base, speaker, cue: inverted, verb: inverted.verb };
  }
  for (let index = next + 1; index <= Math.min(ceiling, next + MAX_SPEAKER_TOKENS); index++) {
    const cue = cueAt(tokens, index);
    if (!cue || cue.verb.kind !== "speech") continue;
    const speaker = speakerBefore(tokens, index, next);
    if (speaker?.mention.first !== next) return null;
    return { ...base, speaker, cue, verb: cue.verb };
  }
  return null;
}

import type { Quote } from "../quotes/find-quotes.ts";
import type { TextAnalysis } from "../text/analysis.ts";
import type { Candidate } from "./candidate.ts";
import { lastWordOf } from "./clause-limits.ts";
import type { Token } from "../text/tokenize.ts";
import { contentStart, HEARER_FIRST } from "./content-bounds.ts";
import { cueAt, type Cue } from "./cue.ts";
import { withLeadingDescriptors } from "./leading-descriptors.ts";
import { namedWithAside } from "./named-with-aside.ts";
import { speakerAfter } from "./speaker-after.ts";
import { speakerBefore } from "./speaker-before.ts";
import { RELATIVE_PRONOUNS, type SpeakerPhrase } from "./speaker-phrase.ts";
import { TIME_WORDS } from "./speaker-words.ts";

const MAX_SPEAKER_TOKENS = 40;
const DASHES = new Set(["—", "–", "-", "―"]);
const SKIPPED = new Set([",", ...DASHES]);

const LEAD_IN_BOUNDARIES = new Set([",", ";", ":", "that", "—", "–"]);

// `using the capital gains tax "is a misguided approach," said Mr. Burman`: a quote that starts in lower case
// mid-sentence finishes a clause the outlet began, and the reported content starts with that clause.
function leadIn(analysis: TextAnalysis, quote: Quote): number {
  const { tokens } = analysis;
  const firstWord = tokens[quote.openToken + 1];
  const sentenceStart = analysis.sentences[analysis.sentenceOf[quote.openToken]].first;
  if (!firstWord || firstWord.kind !== "word" || firstWord.capital || sentenceStart === quote.openToken) {
    return quote.openToken;
  }
  let start = quote.openToken;
  while (start > sentenceStart && !LEAD_IN_BOUNDARIES.has(tokens[start - 1].lower)) start--;
  return start;
}

// `"…," Melanie said yes`: a verb with an object of its own reports that, not the quote.
const OWN_OBJECTS = new Set(["yes", "no", "so", "nothing", "something", "it", "this", "that"]);

// "said this month" is a time, not an object.
function reportsOnlyTheQuote(tokens: Token[], cue: Cue, speaker: SpeakerPhrase): boolean {
  const after = Math.max(cue.last, speaker.mention.last) + 1;
  return !OWN_OBJECTS.has(tokens[after]?.lower) || TIME_WORDS.has(tokens[after + 1]?.lower);
}

// Whether nothing but a time or occasion follows the speaker and verb in the sentence: "Trump said on Tuesday."
function endsClause(tokens: Token[], cue: Cue, speaker: SpeakerPhrase, ceiling: number): boolean {
  const after = Math.max(cue.last, speaker.mention.last);
  return contentStart(tokens, { ...cue, last: after }, ceiling) > ceiling;
}

/**
 * `"…," Hamas said` / `"…," said Caddell` / `"…," according to the source`: a quote followed, in its sentence, by
 * its speaker and reporting verb in either order.
 */
export function quoteCueAfter(analysis: TextAnalysis, quote: Quote): Candidate | null {
  const { tokens } = analysis;
  let next = quote.closeToken + 1;
  if (next >= tokens.length || tokens[next].paragraph !== tokens[quote.closeToken].paragraph) return null;
  // A quote that ends in a question or exclamation mark takes the cue after it (`"Who?" Trump said of …`); one
  // that ends its sentence with a full stop (`"…." Trump said.`) only a cue clause that is all of the next one.
  const asks = ["?", "!"].includes(tokens[quote.closeToken - 1]?.text);
  const nextSentence = !asks && analysis.sentenceOf[next] !== analysis.sentenceOf[quote.closeToken];
  const ceiling = lastWordOf(analysis, analysis.sentenceOf[next]);
  // `"…" ― Jorge Falcon`: a dash and a name that ends the sentence sign the quote.
  if (DASHES.has(tokens[next].text)) {
    const signature = speakerAfter(tokens, next + 1, ceiling);
    if (signature && signature.mention.last === ceiling) {
      const dash = { first: next, last: next };
      return {
        form: "direct",
        parts: [{ first: quote.openToken, last: quote.closeToken }],
        rule: "quote.cue-after",
        speaker: signature,
        cue: dash,
        verb: null,
      };
    }
  }
  if (SKIPPED.has(tokens[next].text)) next++;
  if (next > ceiling) return null;
  const content = [{ first: leadIn(analysis, quote), last: quote.closeToken }];
  const base = { form: "direct" as const, parts: content, rule: "quote.cue-after" as const };

  if (tokens[next].lower === "according" && tokens[next + 1]?.lower === "to") {
    const speaker = speakerAfter(tokens, next + 2, ceiling);
    return speaker && { ...base, speaker, cue: { first: next, last: next + 1 }, verb: null };
  }
  const inverted = cueAt(tokens, next);
  // `"…," said X`, never `"…," referring to X`: a participle after a quote starts another clause.
  // Nor `"…," told reporters`: after "told" comes the hearer.
  const invertible =
    inverted?.verb.kind === "speech" && !tokens[next].lower.endsWith("ing") && !HEARER_FIRST.has(inverted.verb.lemma);
  const invertedSpeaker = invertible && inverted ? speakerAfter(tokens, inverted.last + 1, ceiling) : null;
  if (inverted && invertedSpeaker) {
    if (nextSentence && !endsClause(tokens, inverted, invertedSpeaker, ceiling)) return null;
    if (!reportsOnlyTheQuote(tokens, inverted, invertedSpeaker)) return null;
    return { ...base, speaker: invertedSpeaker, cue: inverted, verb: inverted.verb };
  }
  for (let index = next + 1; index <= Math.min(ceiling, next + MAX_SPEAKER_TOKENS); index++) {
    const cue = cueAt(tokens, index);
    if (!cue || cue.verb.kind !== "speech") continue;
    const found = speakerBefore(tokens, index, next);
    const speaker = (found && withLeadingDescriptors(tokens, found, next)) ?? namedWithAside(tokens, next, index);
    // "Cruz, who has proposed repealing it, said": a verb in a relative clause about the speaker is not the cue.
    if (!speaker && found && RELATIVE_PRONOUNS.has(tokens[found.mention.first].lower)) continue;
    if (!speaker) return null;
    if (nextSentence && !endsClause(tokens, cue, speaker, ceiling)) return null;
    if (!reportsOnlyTheQuote(tokens, cue, speaker)) return null;
    return { ...base, speaker, cue, verb: cue.verb };
  }
  return null;
}

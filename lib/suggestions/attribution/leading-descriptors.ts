import type { Token } from "../text/tokenize.ts";
import type { SpeakerPhrase } from "./speaker-phrase.ts";
import { FUNCTION_WORDS, SUBJECT_PRONOUNS } from "./speaker-words.ts";

const MAX_DESCRIPTORS = 4;

/**
 * `"…," DoubleLine Capital portfolio manager Bonnie Baha said`: between a quote and the speaker's phrase stand a
 * few words the role lexicon does not know. Right after a quote nothing else can stand there, so they describe
 * the speaker and join the mention, as long as they are plain words (no comma, verb or pronoun that would start a
 * clause of its own).
 */
export function withLeadingDescriptors(tokens: Token[], speaker: SpeakerPhrase, first: number): SpeakerPhrase | null {
  const gap = speaker.mention.first - first;
  if (gap === 0) return speaker;
  if (gap < 0 || gap > MAX_DESCRIPTORS) return null;
  for (let index = first; index < speaker.mention.first; index++) {
    const token = tokens[index];
    if (token.kind !== "word" || FUNCTION_WORDS.has(token.bare) || SUBJECT_PRONOUNS.has(token.lower)) return null;
    if (token.lower === "and" || token.lower === "but") return null;
  }
  return { mention: { first, last: speaker.mention.last }, core: speaker.core };
}

import type { Token } from "../text/tokenize.ts";
import { cueAt } from "./cue.ts";
import { classify } from "./noun-phrase.ts";
import type { SpeakerPhrase } from "./speaker-phrase.ts";
import { FUNCTION_WORDS, SUBJECT_PRONOUNS } from "./speaker-words.ts";

const MIN_TOKENS = 2;
const MAX_TOKENS = 14;
const OPENERS = new Set(["determiner", "name", "role", "modifier"]);

/**
 * `The billionaire real estate magnate says …`, `A court document filed Thursday says …`: a sentence that opens
 * with a plain noun phrase the speaker lexicon cannot delimit and goes straight on to its reporting verb. All the
 * words before the verb are its subject when they are words only (no comma, quote or clause of their own: no
 * relative or auxiliary, pronoun or other reporting verb).
 */
export function sentenceSubject(tokens: Token[], floor: number, verb: number): SpeakerPhrase | null {
  const length = verb - floor;
  if (length < MIN_TOKENS || length > MAX_TOKENS || !OPENERS.has(classify(tokens, floor))) return null;
  for (let index = floor; index < verb; index++) {
    const token = tokens[index];
    if (token.kind !== "word" || FUNCTION_WORDS.has(token.bare) || SUBJECT_PRONOUNS.has(token.lower)) return null;
    if (cueAt(tokens, index)) return null;
  }
  const phrase = { first: floor, last: verb - 1 };
  return { mention: phrase, core: phrase };
}

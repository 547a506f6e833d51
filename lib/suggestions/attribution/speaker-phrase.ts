import type { Token } from "../text/tokenize.ts";
import { classify, type Phrase } from "./noun-phrase.ts";

/** The words naming a speaker (`mention`, appositions included) and the phrase that names them (`core`). */
export interface SpeakerPhrase {
  mention: Phrase;
  core: Phrase;
}

export const RELATIVE_PRONOUNS = new Set(["who", "which", "that"]);
const APPOSITION_OPENERS = new Set(["name", "role", "modifier", "determiner"]);

export const single = (index: number): SpeakerPhrase => ({
  mention: { first: index, last: index },
  core: { first: index, last: index },
});

const PREPOSITIONS = new Set(["in", "on", "at", "for", "from", "during", "after", "before", "with", "like", "as"]);
const MAX_ASIDE = 5;

// An apposition ("the Republican nominee", "who spoke in Ohio"), a place or time ("in Kentucky") or a short
// aside ("once again") between a speaker and the verb.
export function opensApposition(tokens: Token[], index: number, closingComma = Infinity, asides = true): boolean {
  if (APPOSITION_OPENERS.has(classify(tokens, index)) || RELATIVE_PRONOUNS.has(tokens[index]?.lower)) return true;
  if (asides && (PREPOSITIONS.has(tokens[index]?.lower) || closingComma - index <= MAX_ASIDE)) return true;
  // "managing director at SunTrust": a role a few words in.
  for (let next = index + 1; next < Math.min(closingComma, index + 4); next++) {
    if (classify(tokens, next) === "role") return true;
  }
  return false;
}

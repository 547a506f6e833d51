import type { Token } from "../text/tokenize.ts";
import {
  CONNECTORS,
  DETERMINERS,
  FUNCTION_WORDS,
  GROUP_ROLES,
  MODIFIERS,
  OCCASION_NOUNS,
  PERSON_ROLES,
  SENTENCE_OPENERS,
  TIME_WORDS,
} from "./speaker-words.ts";

/** A run of tokens, first and last inclusive. */
export interface Phrase {
  first: number;
  last: number;
}

type WordClass = "name" | "role" | "modifier" | "determiner" | "connector" | "unknown" | "other";

const MAX_TOKENS = 14;
const NUMERIC = /^[0-9]/;
const MAX_UNKNOWN = 3;

export function bareWord(token: Token): string {
  return token.bare;
}

/** What part a token may play in a speaker phrase; capitals that open a sentence ("Moreover") name nobody. */
export function classify(tokens: Token[], index: number): WordClass {
  const token = tokens[index];
  if (token.kind !== "word") return "other";
  const word = bareWord(token);
  if (FUNCTION_WORDS.has(word) && !token.capital) return "other";
  // "The businessman said": a determiner opening a sentence is still one ("A." may be an initial).
  if (DETERMINERS.has(word) && (!token.capital || token.text.length > 1)) return "determiner";
  if (PERSON_ROLES.has(word) || GROUP_ROLES.has(word)) return "role";
  if (token.capital || NUMERIC.test(word)) {
    if (TIME_WORDS.has(word) || SENTENCE_OPENERS.has(word)) return DETERMINERS.has(word) ? "determiner" : "other";
    return "name";
  }
  if (CONNECTORS.has(word)) return "connector";
  if (MODIFIERS.has(word)) return "modifier";
  return "unknown";
}

const KNOWN: ReadonlySet<WordClass> = new Set(["name", "role", "modifier"]);

// "in a statement", "on Tuesday", "in a White House address": a preposition that opens the occasion or time of
// the saying, not a part of the speaker.
function opensAdjunct(tokens: Token[], index: number, limit: number): boolean {
  for (let next = index + 1; next <= Math.min(limit, index + 5); next++) {
    const word = bareWord(tokens[next]);
    if (TIME_WORDS.has(word) || OCCASION_NOUNS.has(word)) return true;
    const wordClass = classify(tokens, next);
    if (wordClass !== "determiner" && wordClass !== "name" && wordClass !== "modifier") return false;
  }
  return index + 1 > limit;
}

/** The speaker phrase that ends at `last`, scanning back no further than `floor`; null if none ends there. */
export function phraseEndingAt(tokens: Token[], last: number, floor: number): Phrase | null {
  const headClass = classify(tokens, last);
  if (headClass !== "name" && headClass !== "role" && headClass !== "unknown") return null;
  let settled = headClass === "unknown" ? -1 : last;
  // Unknown words stay in the phrase only if a determiner opens it: "the billionaire businessman", not
  // "Israel continues killing Palestinians".
  let pending = headClass === "unknown";
  let unknown = pending ? 1 : 0;
  for (let index = last - 1; index >= Math.max(floor, last - MAX_TOKENS); index--) {
    const wordClass = classify(tokens, index);
    const before = index - 1 >= floor ? classify(tokens, index - 1) : "other";
    if (KNOWN.has(wordClass)) {
      if (!pending) settled = index;
    } else if (wordClass === "determiner") {
      settled = index;
      pending = false;
      if (before !== "connector") break;
    } else if (wordClass === "connector") {
      if (pending || !KNOWN.has(before) || opensAdjunct(tokens, index, last)) break;
    } else if (tokens[index].text === ")" && !pending) {
      let open = index - 1;
      while (open >= Math.max(floor, index - 6) && tokens[open].text !== "(") open--;
      if (open < Math.max(floor, index - 6)) break;
      index = settled = open;
    } else if (wordClass === "unknown" && unknown < MAX_UNKNOWN) {
      unknown += 1;
      pending = true;
    } else break;
  }
  if (settled < 0) return null;
  return { first: settled, last };
}

const endsPlace = (tokens: Token[], index: number) =>
  classify(tokens, index - 1) === "determiner" && classify(tokens, index - 2) === "connector";

/** The speaker phrase that starts at `first` and ends no later than `ceiling`; null if none starts there. */
export function phraseStartingAt(tokens: Token[], first: number, ceiling: number): Phrase | null {
  const startClass = classify(tokens, first);
  if (startClass === "connector" || startClass === "unknown" || startClass === "other") return null;
  let settled = startClass === "determiner" ? -1 : first;
  let sawDeterminer = startClass === "determiner";
  let unknown = 0;
  let sawKnown = false;
  for (let index = first + 1; index <= Math.min(ceiling, first + MAX_TOKENS); index++) {
    const wordClass = classify(tokens, index);
    if (KNOWN.has(wordClass)) {
      settled = index;
      sawKnown = true;
    } else if (wordClass === "determiner") sawDeterminer = true;
    else if (wordClass === "connector") {
      if (opensAdjunct(tokens, index, ceiling)) break;
    } else if (tokens[index].text === "(") {
      let close = index + 1;
      while (close <= Math.min(ceiling, index + 6) && tokens[close].text !== ")") close++;
      if (close > Math.min(ceiling, index + 6)) break;
      index = settled = close;
    } else if (wordClass === "unknown" && sawDeterminer && !sawKnown && unknown < MAX_UNKNOWN) {
      // Unknown words only before the head: "the billionaire businessman", not "the minister shouted".
      unknown += 1;
      settled = index;
    } else if (wordClass === "unknown" && unknown < MAX_UNKNOWN && endsPlace(tokens, index)) {
      // "a GOP source in the room": a place after a connector and a determiner is a noun, not a verb.
      unknown += 1;
      settled = index;
    } else break;
  }
  if (settled < 0) return null;
  // A phrase never ends on a word that joins it to more: "a source close to" without its end is no speaker.
  let last = settled;
  while (last > first && classify(tokens, last) === "connector") last--;
  return { first, last };
}

import type { Token } from "../text/tokenize.ts";
import { bareWord, type Phrase } from "./noun-phrase.ts";
import { CONNECTORS, DETERMINERS, GROUP_ROLES, PERSON_ROLES } from "./speaker-words.ts";

/** A speaker already found, as the text names them: the phrase, and what sort of speaker it can be. */
export interface KnownSpeaker {
  phrase: Phrase;
  sort: "person" | "group" | "either";
  female: boolean | null;
  /** Whether the phrase speaks in an attribution, rather than only being mentioned. */
  speaks: boolean;
}

const FEMALE =
  /\b(?:she|her|ms\.?|mrs\.?|miss|spokeswoman|woman|chairwoman|congresswoman|mother|wife|daughter|sister|queen)\b/i;
const MALE = /\b(?:he|his|mr\.?|spokesman|man|chairman|congressman|father|husband|son|brother|king|prince)\b/i;
const PLURAL_PRONOUNS = new Set(["they", "we"]);
const PERSON_PRONOUNS = new Set(["he", "she"]);
/** How far back, in characters, a pronoun or description may find what it stands for. */
const MAX_DISTANCE = 2400;

function textOf(tokens: Token[], phrase: Phrase): string {
  return tokens
    .slice(phrase.first, phrase.last + 1)
    .map((token) => token.text)
    .join(" ");
}

function hasWord(tokens: Token[], phrase: Phrase, word: string): boolean {
  for (let index = phrase.first; index <= phrase.last; index++) if (tokens[index].bare === word) return true;
  return false;
}

/** The phrase's head: its last word before any "of", "for", "close to" that attaches more to it. */
function headOf(tokens: Token[], phrase: Phrase): number {
  for (let index = phrase.first + 1; index <= phrase.last; index++) {
    if (CONNECTORS.has(tokens[index].lower) && tokens[index].lower !== "&") return index - 1;
  }
  return phrase.last;
}

// "President Joe Biden", "Pat Caddell": two capitalised words at the end, no article, nothing joined on.
function looksLikePersonalName(tokens: Token[], phrase: Phrase, head: number): boolean {
  if (head !== phrase.last || DETERMINERS.has(tokens[phrase.first].lower)) return false;
  return phrase.last > phrase.first && tokens[phrase.last].capital && tokens[phrase.last - 1].capital;
}

/** Whether a phrase names a person, a group (an organisation, or several people) or cannot be told. */
export function sortOf(tokens: Token[], phrase: Phrase, speaks: boolean): KnownSpeaker {
  const head = headOf(tokens, phrase);
  const headWord = bareWord(tokens[head]);
  const text = textOf(tokens, { first: phrase.first, last: head });
  const female = FEMALE.test(text) ? true : MALE.test(text) ? false : null;
  const known = (sort: KnownSpeaker["sort"]): KnownSpeaker => ({ phrase, sort, female, speaks });
  if (GROUP_ROLES.has(headWord) || (headWord.endsWith("s") && PERSON_ROLES.has(headWord))) return known("group");
  if (PERSON_ROLES.has(headWord) || female !== null) return known("person");
  return known(looksLikePersonalName(tokens, phrase, head) ? "person" : "either");
}

// A name that is neither clearly a person nor a group ("Biden", "Hamas") fits a pronoun only if it spoke before.
function fits(pronoun: string, known: KnownSpeaker): boolean {
  if (known.sort === "either" && !known.speaks) return false;
  if (PERSON_PRONOUNS.has(pronoun)) {
    if (known.sort === "group") return false;
    return known.female === null || known.female === (pronoun === "she");
  }
  if (PLURAL_PRONOUNS.has(pronoun) || pronoun === "it") return known.sort !== "person";
  return false;
}

/**
 * Who a pronoun ("he said") or a definite description ("the president said", "the source said") stands for: the
 * nearest earlier speaker that fits it (a person for he and she, with the gender when the text shows it; a
 * group for it and they; a phrase with the same role word for a description). Null when nothing fits.
 */
export function resolveSpeaker(tokens: Token[], mention: Phrase, known: KnownSpeaker[], before: number): Phrase | null {
  const first = tokens[mention.first];
  const single = mention.first === mention.last;
  const isDescription = !single && first.lower === "the";
  if (!(single && (PERSON_PRONOUNS.has(first.lower) || PLURAL_PRONOUNS.has(first.lower) || first.lower === "it"))) {
    if (!isDescription) return null;
  }
  const role = bareWord(tokens[mention.last]);
  for (let index = before - 1; index >= 0; index--) {
    const { phrase } = known[index];
    if (tokens[mention.first].start - tokens[phrase.last].end > MAX_DISTANCE) break;
    if (phrase.first === mention.first || phrase.last >= mention.first) continue;
    if (isDescription) {
      if (phrase.last - phrase.first > mention.last - mention.first && hasWord(tokens, phrase, role)) return phrase;
    } else if (fits(first.lower, known[index])) return phrase;
  }
  return null;
}

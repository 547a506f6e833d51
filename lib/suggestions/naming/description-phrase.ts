import type { Phrase } from "../attribution/noun-phrase.ts";
import lexicon from "../lexicon/actor-descriptions.json" with { type: "json" };
import type { Token } from "../text/tokenize.ts";

export const DESCRIPTION_HEADS = new Set(lexicon.heads);

const ARTICLES = new Set(["the", "a", "an"]);
const MAX_MODIFIERS = 4;
const MODIFIER = /^[\p{L}][\p{L}\p{N}’'-]*$/u;

/**
 * A description that starts at `first`: an article, up to four modifiers and a head noun that can stand for an actor
 * ("the Palestinian Islamist group", "a chemical giant"). Returns the phrase, or null if none starts there.
 */
export function descriptionAt(tokens: Token[], first: number, articles: ReadonlySet<string> = ARTICLES): Phrase | null {
  if (!articles.has(tokens[first]?.lower)) return null;
  let head: number | null = null;
  for (let index = first + 1; index <= first + 1 + MAX_MODIFIERS && index < tokens.length; index++) {
    const token = tokens[index];
    if (token.kind !== "word" || !MODIFIER.test(token.text)) break;
    if (DESCRIPTION_HEADS.has(token.lower)) head = index;
    else if (head !== null) break;
  }
  return head === null ? null : { first, last: head };
}

/** A description that ends right before `index` ("the Palestinian Islamist group" before "Hamas"). */
export function descriptionBefore(tokens: Token[], index: number): Phrase | null {
  if (!DESCRIPTION_HEADS.has(tokens[index - 1]?.lower)) return null;
  for (let first = index - 2; first >= Math.max(0, index - 2 - MAX_MODIFIERS); first--) {
    const phrase = descriptionAt(tokens, first);
    if (phrase) return phrase.last === index - 1 ? phrase : null;
  }
  return null;
}

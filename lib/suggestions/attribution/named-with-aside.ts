import type { Token } from "../text/tokenize.ts";
import { phraseStartingAt } from "./noun-phrase.ts";
import type { SpeakerPhrase } from "./speaker-phrase.ts";

const MAX_ASIDE_TOKENS = 30;

/**
 * `"…," Cecelia Purner, 67, a retired customer service representative in Allentown, Pa., said`: right after a
 * quote, a name, then an aside between commas up to the verb, however many commas the aside holds itself (ages,
 * places, lists, relative clauses). The aside belongs to the mention; the name is who speaks.
 */
export function namedWithAside(tokens: Token[], first: number, verb: number): SpeakerPhrase | null {
  let closingComma = verb - 1;
  while (closingComma > first && tokens[closingComma].kind === "word" && /ly$/.test(tokens[closingComma].lower)) {
    closingComma--;
  }
  if (tokens[closingComma]?.text !== "," || closingComma - first > MAX_ASIDE_TOKENS) return null;
  const core = phraseStartingAt(tokens, first, closingComma - 1);
  if (!core || tokens[core.last + 1]?.text !== "," || core.last + 1 >= closingComma) return null;
  for (let index = core.last + 1; index < closingComma; index++) {
    if (tokens[index].kind === "quote" || tokens[index].text === "." || tokens[index].text === ";") return null;
  }
  return { mention: { first, last: closingComma }, core };
}

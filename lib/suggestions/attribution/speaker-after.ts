import type { Token } from "../text/tokenize.ts";
import { phraseStartingAt } from "./noun-phrase.ts";
import { opensApposition, single, type SpeakerPhrase } from "./speaker-phrase.ts";
import { SUBJECT_PRONOUNS } from "./speaker-words.ts";

/**
 * Who speaks in "said X": the phrase right after a reporting verb up to `ceiling`, with an apposition that
 * describes them ("said Jane Doe, a spokeswoman for the ministry"); "named" takes no place or aside ("said Ms.
 * Gil, with games …"), "none" no apposition at all.
 */
export function speakerAfter(
  tokens: Token[],
  first: number,
  ceiling: number,
  appositions: "any" | "named" | "none" = "any",
): SpeakerPhrase | null {
  if (first > ceiling) return null;
  if (SUBJECT_PRONOUNS.has(tokens[first].lower)) return single(first);
  const core = phraseStartingAt(tokens, first, ceiling);
  if (!core) return null;
  let last = core.last;
  const asides = appositions === "any";
  if (appositions !== "none" && tokens[last + 1]?.text === "," && opensApposition(tokens, last + 2, Infinity, asides)) {
    last += 2;
    while (last < ceiling && tokens[last + 1].text !== "," && tokens[last + 1].kind !== "quote") last++;
  }
  return { mention: { first: core.first, last }, core };
}

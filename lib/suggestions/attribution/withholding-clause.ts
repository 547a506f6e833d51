import type { Token } from "../text/tokenize.ts";
import { phraseEndingAt } from "./noun-phrase.ts";
import type { SpeakerPhrase } from "./speaker-phrase.ts";

const WITHHOLDING_CLAUSE =
  /^(?:who|that)\b.*\b(?:anonymity|anonymously|named|identified|authori[sz]ed|publicly|on the record|record)\b/i;
const MAX_WITHHOLDING = 16;

// "Officials who spoke on condition of anonymity said": a relative clause that withholds the speaker's name
// belongs to the speaker phrase.
export function beforeWithholdingClause(tokens: Token[], verb: number, floor: number): SpeakerPhrase | null {
  for (let who = verb - 2; who > Math.max(floor, verb - MAX_WITHHOLDING); who--) {
    if (tokens[who].lower !== "who" && tokens[who].lower !== "that") continue;
    const clause = tokens
      .slice(who, verb)
      .map((token) => token.text)
      .join(" ");
    if (!WITHHOLDING_CLAUSE.test(clause)) return null;
    const core = phraseEndingAt(tokens, who - 1, floor);
    return core && { mention: { first: core.first, last: verb - 1 }, core };
  }
  return null;
}

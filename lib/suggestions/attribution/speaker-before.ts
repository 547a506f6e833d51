import type { Token } from "../text/tokenize.ts";
import { coordinatedSubject } from "./coordinated-subject.ts";
import { phraseEndingAt } from "./noun-phrase.ts";
import { opensApposition, RELATIVE_PRONOUNS, single, type SpeakerPhrase } from "./speaker-phrase.ts";
import { BETWEEN_SUBJECT_AND_VERB, SUBJECT_PRONOUNS, TIME_WORDS } from "./speaker-words.ts";
import { beforeWithholdingClause } from "./withholding-clause.ts";

const TIME_LEADS = new Set(["on", "last", "this", "earlier", "later"]);
const MAX_APPOSITION = 30;
const MAX_PARENTHESIS = 6;

function isAdverb(token: Token): boolean {
  return (
    token.kind === "word" &&
    !token.capital &&
    (BETWEEN_SUBJECT_AND_VERB.has(token.lower) || /[a-z]{3}ly$/.test(token.lower))
  );
}

// "Trump, the Republican nominee, said": the speaker stands before the comma that opens the apposition.
function beforeApposition(tokens: Token[], closingComma: number, floor: number): SpeakerPhrase | null {
  for (let comma = closingComma - 1; comma > Math.max(floor, closingComma - MAX_APPOSITION); comma--) {
    if (tokens[comma].text !== ",") continue;
    if (!opensApposition(tokens, comma + 1, closingComma)) return null;
    // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said": a parenthesis closes the name.
    if (tokens[comma - 1]?.text === ")") {
      const named = beforeParenthesis(tokens, comma - 1, floor);
      return named && { mention: { first: named.mention.first, last: closingComma }, core: named.core };
    }
    const core = phraseEndingAt(tokens, comma - 1, floor);
    return core && { mention: { first: core.first, last: closingComma }, core };
  }
  return null;
}

// "Sen. Elizabeth Warren (D-MA) said": the speaker ends before a short parenthesis, which the mention keeps.
function beforeParenthesis(tokens: Token[], closing: number, floor: number): SpeakerPhrase | null {
  for (let open = closing - 1; open >= Math.max(floor, closing - MAX_PARENTHESIS); open--) {
    if (tokens[open].text !== "(") continue;
    const core = phraseEndingAt(tokens, open - 1, floor);
    return core && { mention: { first: core.first, last: closing }, core };
  }
  return null;
}

/** Who speaks in "X said": the subject before a reporting verb, within the clause that starts at `floor`. */
// "Clinton on Tuesday said", "Trump last week told": a time between the subject and the verb.
function beforeTime(tokens: Token[], last: number, floor: number): number {
  const time = tokens[last];
  const before = tokens[last - 1];
  if (last - 1 > floor && TIME_WORDS.has(time.lower) && time.kind === "word" && TIME_LEADS.has(before.lower)) {
    return last - 2;
  }
  return last;
}

export function speakerBefore(tokens: Token[], verb: number, floor: number): SpeakerPhrase | null {
  let last = verb - 1;
  while (last > floor && isAdverb(tokens[last])) last--;
  last = beforeTime(tokens, last, floor);
  while (last > floor && isAdverb(tokens[last])) last--;
  if (last < floor) return null;
  const token = tokens[last];
  // "He’s predicting": a pronoun with its verb contracted onto it.
  if (SUBJECT_PRONOUNS.has(token.lower) || SUBJECT_PRONOUNS.has(token.lower.replace(/['’](?:s|ve|d|ll|re)$/, "")))
    return single(last);
  if (RELATIVE_PRONOUNS.has(token.lower) && tokens[last - 1]?.text === ",") {
    // "Sanders, who …": the relative pronoun names the speaker; the phrase before the comma is who that is.
    const antecedent = phraseEndingAt(tokens, last - 2, floor);
    return { mention: { first: last, last }, core: antecedent ?? { first: last, last } };
  }
  if (token.text === ",") return beforeApposition(tokens, last, floor);
  if ((token.lower === "and" || token.lower === "but") && last > floor) return coordinatedSubject(tokens, last, floor);
  if (token.text === ")") return beforeParenthesis(tokens, last, floor);
  const core = phraseEndingAt(tokens, last, floor);
  return (core && { mention: core, core }) ?? beforeWithholdingClause(tokens, verb, floor);
}

import type { Token } from "../text/tokenize.ts";
import { cueAt } from "./cue.ts";
import { classify, phraseEndingAt, phraseStartingAt, type Phrase } from "./noun-phrase.ts";
import { BETWEEN_SUBJECT_AND_VERB, SUBJECT_PRONOUNS } from "./speaker-words.ts";

/** The words naming a speaker (`mention`, appositions included) and the phrase that names them (`core`). */
export interface SpeakerPhrase {
  mention: Phrase;
  core: Phrase;
}

const RELATIVE_PRONOUNS = new Set(["who", "which", "that"]);
const APPOSITION_OPENERS = new Set(["name", "role", "modifier", "determiner"]);
const MAX_APPOSITION = 30;

const single = (index: number): SpeakerPhrase => ({
  mention: { first: index, last: index },
  core: { first: index, last: index },
});

function isAdverb(token: Token): boolean {
  return (
    token.kind === "word" &&
    !token.capital &&
    (BETWEEN_SUBJECT_AND_VERB.has(token.lower) || /[a-z]{3}ly$/.test(token.lower))
  );
}

const PREPOSITIONS = new Set(["in", "on", "at", "for", "from", "during", "after", "before", "with", "like", "as"]);
const MAX_ASIDE = 5;

// An apposition ("the Republican nominee", "who spoke in Ohio"), a place or time ("in Kentucky") or a short
// aside ("once again") between a speaker and the verb.
function opensApposition(tokens: Token[], index: number, closingComma = Infinity, asides = true): boolean {
  if (APPOSITION_OPENERS.has(classify(tokens, index)) || RELATIVE_PRONOUNS.has(tokens[index]?.lower)) return true;
  if (asides && (PREPOSITIONS.has(tokens[index]?.lower) || closingComma - index <= MAX_ASIDE)) return true;
  // "managing director at SunTrust": a role a few words in.
  for (let next = index + 1; next < Math.min(closingComma, index + 4); next++) {
    if (classify(tokens, next) === "role") return true;
  }
  return false;
}

// "Trump, the Republican nominee, said": the speaker stands before the comma that opens the apposition.
function beforeApposition(tokens: Token[], closingComma: number, floor: number): SpeakerPhrase | null {
  for (let comma = closingComma - 1; comma > Math.max(floor, closingComma - MAX_APPOSITION); comma--) {
    if (tokens[comma].text !== ",") continue;
    if (!opensApposition(tokens, comma + 1, closingComma)) return null;
    const core = phraseEndingAt(tokens, comma - 1, floor);
    return core && { mention: { first: core.first, last: closingComma }, core };
  }
  return null;
}

const CLAUSE_BOUNDARIES = new Set([",", ";", "—", "when", "while", "as", "after", "because", "but", "before", "since"]);
const MAX_COORDINATION = 25;
const VERB_LIKE = /^(?:is|was|are|were|has|have|had|will|would|can|could|did|does|[a-z]+(?:ed|s))$/;

// "Twitter reported flat growth, and said …": the speaker of a verb joined by "and" or "but" is the subject of the
// clause it joins, the nearest phrase before it that opens a clause and is followed by a verb.
function coordinatedSubject(tokens: Token[], and: number, floor: number): SpeakerPhrase | null {
  for (let start = and - 2; start >= Math.max(floor, and - MAX_COORDINATION); start--) {
    if (start > floor && !CLAUSE_BOUNDARIES.has(tokens[start - 1].lower)) continue;
    const subject = SUBJECT_PRONOUNS.has(tokens[start].lower)
      ? { first: start, last: start }
      : phraseStartingAt(tokens, start, and - 2);
    const verb = subject ? tokens[subject.last + 1] : undefined;
    if (subject && verb && !verb.capital && (VERB_LIKE.test(verb.lower) || cueAt(tokens, subject.last + 1)))
      return { mention: subject, core: subject };
  }
  return null;
}

const WITHHOLDING_CLAUSE =
  /^(?:who|that)\b.*\b(?:anonymity|anonymously|named|identified|authori[sz]ed|publicly|on the record|record)\b/i;
const MAX_WITHHOLDING = 16;

// "Officials who spoke on condition of anonymity said": a relative clause that withholds the speaker's name
// belongs to the speaker phrase.
function beforeWithholdingClause(tokens: Token[], verb: number, floor: number): SpeakerPhrase | null {
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

/** Who speaks in "X said": the subject before a reporting verb, within the clause that starts at `floor`. */
export function speakerBefore(tokens: Token[], verb: number, floor: number): SpeakerPhrase | null {
  let last = verb - 1;
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

// "Sen. Elizabeth Warren (D-MA) said": the speaker ends before a short parenthesis, which the mention keeps.
function beforeParenthesis(tokens: Token[], closing: number, floor: number): SpeakerPhrase | null {
  for (let open = closing - 1; open >= Math.max(floor, closing - MAX_ASIDE - 1); open--) {
    if (tokens[open].text !== "(") continue;
    const core = phraseEndingAt(tokens, open - 1, floor);
    return core && { mention: { first: core.first, last: closing }, core };
  }
  return null;
}

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

const MAX_OPENING = 10;

/**
 * The subject a clause opens with, after any opening words set off by a comma ("On Tuesday, Cruz …"): the speaker
 * of "Cruz called them on it: "…"" and of "…, saying …".
 */
export function clauseSubject(tokens: Token[], floor: number, limit: number): SpeakerPhrase | null {
  const starts = [floor];
  for (let index = floor; index < Math.min(limit, floor + MAX_OPENING); index++) {
    if (tokens[index].text === ",") starts.push(index + 1);
  }
  for (const start of starts) {
    if (start >= limit - 1) break;
    if (SUBJECT_PRONOUNS.has(tokens[start].lower)) return single(start);
    const core = phraseStartingAt(tokens, start, limit - 1);
    if (core) return { mention: core, core };
  }
  return null;
}

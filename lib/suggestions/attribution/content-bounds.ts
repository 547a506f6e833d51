import type { Token } from "../text/tokenize.ts";
import { cueAt, type Cue } from "./cue.ts";
import { phraseStartingAt } from "./noun-phrase.ts";
import { OCCASION_NOUNS, TIME_WORDS } from "./speaker-words.ts";

const wordSet = (words: string) => new Set(words.trim().split(/\s+/));

// Verbs whose first object is the hearer, not what was said: "told reporters that …", "assured voters …".
export const HEARER_FIRST = wordSet("tell inform assure reassure remind brief promise warn ask email text message");
const OBJECT_PRONOUNS = wordSet("me you him her us them it reporters journalists");
const PREPOSITIONS = wordSet("on in at during after before");
const RELATIVE_TIME = wordSet("last this next late earlier");

// "May 30": a month's day number goes with it.
function withDate(tokens: Token[], index: number): number {
  return /^\p{N}+$/u.test(tokens[index + 1]?.text ?? "") ? index + 1 : index;
}

// "on Thursday", "in a statement", "last week", "in an interview with CNN": the time or occasion after a verb.
// Returns the adjunct's last token, or index - 1 when none starts at index.
function adjunctEnd(tokens: Token[], index: number, ceiling: number): number {
  const word = tokens[index]?.lower;
  if (word === undefined) return index - 1;
  if (RELATIVE_TIME.has(word)) return TIME_WORDS.has(tokens[index + 1]?.lower) ? index + 1 : index - 1;
  if (TIME_WORDS.has(word) && !PREPOSITIONS.has(word)) return withDate(tokens, index);
  if (!PREPOSITIONS.has(word)) return index - 1;
  for (let next = index + 1; next <= Math.min(ceiling, index + 5); next++) {
    const later = tokens[next].lower;
    if (TIME_WORDS.has(later) && !PREPOSITIONS.has(later)) return withDate(tokens, next);
    if (OCCASION_NOUNS.has(later)) {
      const hearer = tokens[next + 1]?.lower === "with" ? phraseStartingAt(tokens, next + 2, ceiling) : null;
      return hearer ? hearer.last : next;
    }
    if (!tokens[next].capital && !/^(an?|the|his|her|their|its|\p{N}+)$/u.test(later)) break;
  }
  return index - 1;
}

/** Where the reported content starts after a reporting verb: past its hearer, time, occasion and "that". */
export function contentStart(tokens: Token[], cue: Cue, ceiling: number): number {
  let index = cue.last + 1;
  if (HEARER_FIRST.has(cue.verb.lemma) && index <= ceiling) {
    const hearer = OBJECT_PRONOUNS.has(tokens[index].lower) ? null : phraseStartingAt(tokens, index, ceiling);
    if (hearer) index = hearer.last + 1;
    else if (OBJECT_PRONOUNS.has(tokens[index].lower)) index += 1;
  }
  // "says of Clinton, “…”": the person or thing spoken about comes before what was said about them.
  if (tokens[index]?.lower === "of" && tokens[index + 1]?.capital) {
    const topic = phraseStartingAt(tokens, index + 1, ceiling);
    if (topic && tokens[topic.last + 1]?.text === ",") index = topic.last + 1;
  }
  for (let round = 0; round < 3 && index <= ceiling; round++) {
    const end = adjunctEnd(tokens, index, ceiling);
    if (end < index) break;
    index = end + 1;
    if (tokens[index]?.text === ",") index += 1;
  }
  if (tokens[index]?.text === "," || tokens[index]?.text === "—") index += 1;
  if (tokens[index]?.lower === "that" || tokens[index]?.text === ":") index += 1;
  // "tweeted that, “…”", "said that, if elected, he would …": a comma after "that" opens the content too.
  if (tokens[index - 1]?.lower === "that" && tokens[index]?.text === ",") index += 1;
  return index;
}

const JOINS_CLAUSES = wordSet("and but while");
const SKIPPED_BEFORE_VERB = wordSet("also then later did does do not n't n’t has have had would will again");
const RELATIVE = wordSet("which who whose");

// A relative clause or a dash aside that runs to the end of the sentence comments on the content's last words
// rather than carrying on what was said: ", who has a lead …", "— a play on words …".
function startsTrailingAside(tokens: Token[], index: number, ceiling: number): boolean {
  const token = tokens[index];
  const relative = token.text === "," && RELATIVE.has(tokens[index + 1]?.lower);
  const dash = token.text === "—" || token.text === "–";
  if (!relative && !dash) return false;
  for (let later = index + 1; later <= ceiling; later++) {
    if (tokens[later].text === (dash ? token.text : ",")) return false;
  }
  return true;
}

// Where another report begins: ", adding …", ", according to …", ", said X", "and said …", "but argues …".
function startsAnotherReport(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  let next = index + 1;
  const comma = token.text === "," || token.text === "—" || token.text === "–";
  if (!comma && !JOINS_CLAUSES.has(token.lower)) return false;
  if (comma && JOINS_CLAUSES.has(tokens[next]?.lower)) next += 1;
  while (tokens[next]?.kind === "quote") next += 1;
  if (tokens[next]?.lower === "according" && tokens[next + 1]?.lower === "to") return true;
  while (next < index + 5 && SKIPPED_BEFORE_VERB.has(tokens[next]?.lower)) next += 1;
  const cue = cueAt(tokens, next);
  return cue !== null && cue.verb.kind === "speech";
}

const NEW_SUBJECTS = wordSet("he she they we i");

// ", but he also warned …", ", and they rejected …": a clause with a subject of its own is the outlet's next
// statement, not more of what was reported.
// ", but Mrs. Clinton would …", ", yet refuses …": a contrast that names someone else, or goes on with the
// subject's own deeds, is the outlet's too.
function startsOwnClause(tokens: Token[], index: number): boolean {
  if (tokens[index].text !== ",") return false;
  const joint = tokens[index + 1]?.lower;
  const next = tokens[index + 2];
  if (joint === "yet") return true;
  if (joint === "but" && next?.capital && next.lower !== "i") return true;
  return JOINS_CLAUSES.has(joint) && NEW_SUBJECTS.has(next?.lower);
}

/** Where content that starts at `start` ends: before another report begins, a semicolon, or at `ceiling`. */
export function contentEnd(tokens: Token[], start: number, ceiling: number): number {
  for (let index = start + 1; index <= ceiling; index++) {
    if (tokens[index].text === ";" || startsAnotherReport(tokens, index) || startsOwnClause(tokens, index)) {
      return index - 1;
    }
    if (startsTrailingAside(tokens, index, ceiling)) return index - 1;
  }
  return ceiling;
}

import { reportingVerbsOf, type ReportingVerb } from "../lexicon/reporting-verbs.ts";
import type { Token } from "../text/tokenize.ts";
import { DETERMINERS, SUBJECT_PRONOUNS } from "./speaker-words.ts";

/** A reporting verb in the text: its tokens (a phrasal verb's particle included) and its lexicon entry. */
export interface Cue {
  first: number;
  last: number;
  verb: ReportingVerb;
}

const wordSet = (words: string) => new Set(words.trim().split(/\s+/));

// Before these a form is a noun or an adjective, not a verb: "the claims", "his statement", "the alleged attack".
const NOUN_CONTEXT = wordSet("of new such any every former own whose same first latest recent earlier");
// After these a form is passive, which reports no speaker in the clause: "was told", "were found".
const PASSIVE_CONTEXT = wordSet("was were been being is are be get got gets");
// Bare forms that are also common nouns ("a claim", "the report"): a verb only after one of BARE_FORM_CONTEXT.
const NOUN_HOMOGRAPHS = wordSet(`
  claim report comment answer reply tweet note quote charge question counter promise pledge vow demand protest plan
  hope fear doubt estimate forecast call praise blame rant joke boast gush hail dispute email text show find concern
  wish call comment post message
`);
// Before such a bare form only these make it a verb: "they claim", "critics claim", "will report".
const BARE_FORM_CONTEXT = wordSet(`
  i we you they will would can could may might should must did do does not n't n’t to people police media also
  often still now who that which publicly privately never always
`);
const PARTICIPLE = /(?:ed|wn|told|said|thought|felt|found|known|written|spoken|understood|sworn|pled|hit)$/;

function bareFormIsVerb(previous: Token | undefined, form: string, verb: ReportingVerb): boolean {
  const lemma = verb.lemma.split(" ")[0];
  if (form !== lemma || !previous || !NOUN_HOMOGRAPHS.has(lemma)) return true;
  if (BARE_FORM_CONTEXT.has(previous.lower)) return true;
  return previous.kind === "word" && /[^s]s$/.test(previous.lower) && !SUBJECT_PRONOUNS.has(previous.lower);
}

function isVerbal(tokens: Token[], index: number, verb: ReportingVerb): boolean {
  const previous = tokens[index - 1];
  const form = tokens[index].lower;
  if (previous && (DETERMINERS.has(previous.lower) || NOUN_CONTEXT.has(previous.lower))) return false;
  if (previous && /['’]s$/.test(previous.lower)) return false;
  if (previous && PASSIVE_CONTEXT.has(previous.lower) && PARTICIPLE.test(form)) return false;
  return bareFormIsVerb(previous, form, verb);
}

// A capitalised verb is one in a headline's title case ("Trump Says Clinton …") or at a sentence's start, not a
// name ("the Islamic State had …").
function inTitleCase(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  if (!previous || previous.kind !== "word" || previous.paragraph !== tokens[index].paragraph) return true;
  // "…, Lindsey Graham Says.": a title-case headline may end on its verb.
  const ends = next === undefined || next.text === "." || next.paragraph !== tokens[index].paragraph;
  return previous.capital && (ends || next.capital);
}

// Every rule asks about the same tokens, some many times over: the answers are kept per token list.
const answers = new WeakMap<Token[], Array<Cue | null | undefined>>();

/** The reporting verb at `index`, if the word there is one and stands as a verb. */
export function cueAt(tokens: Token[], index: number): Cue | null {
  let known = answers.get(tokens);
  if (!known) answers.set(tokens, (known = []));
  return (known[index] ??= findCue(tokens, index));
}

function findCue(tokens: Token[], index: number): Cue | null {
  const token = tokens[index];
  if (!token || token.kind !== "word" || (token.capital && !inTitleCase(tokens, index))) return null;
  const verbs = reportingVerbsOf(token.lower);
  if (verbs.length === 0) return null;
  const phrasal = verbs.find((verb) => verb.particle && tokens[index + 1]?.lower === verb.particle);
  const verb = phrasal ?? verbs.find((candidate) => !candidate.particle);
  if (!verb || !isVerbal(tokens, index, verb)) return null;
  return { first: index, last: phrasal ? index + 1 : index, verb };
}

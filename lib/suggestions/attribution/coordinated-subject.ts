import type { Token } from "../text/tokenize.ts";
import { cueAt } from "./cue.ts";
import { phraseStartingAt } from "./noun-phrase.ts";
import type { SpeakerPhrase } from "./speaker-phrase.ts";
import { SUBJECT_PRONOUNS } from "./speaker-words.ts";

const CLAUSE_BOUNDARIES = new Set([",", ";", "—", "when", "while", "as", "after", "because", "but", "before", "since"]);
const MAX_COORDINATION = 25;
const VERB_LIKE = /^(?:is|was|are|were|has|have|had|will|would|can|could|did|does|[a-z]+(?:ed|s))$/;

// "Twitter reported flat growth, and said …": the speaker of a verb joined by "and" or "but" is the subject of the
// clause it joins, the nearest phrase before it that opens a clause and is followed by a verb.
export function coordinatedSubject(tokens: Token[], and: number, floor: number): SpeakerPhrase | null {
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

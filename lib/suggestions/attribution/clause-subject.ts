import type { Token } from "../text/tokenize.ts";
import { phraseStartingAt } from "./noun-phrase.ts";
import { single, type SpeakerPhrase } from "./speaker-phrase.ts";
import { SUBJECT_PRONOUNS } from "./speaker-words.ts";

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

import type { TextAnalysis } from "../text/analysis.ts";
import type { Candidate } from "./candidate.ts";
import { nameMentions } from "./name-mentions.ts";
import { sortOf, type KnownSpeaker } from "./resolve-speaker.ts";

const GENDERED = new Map([
  ["he", false],
  ["his", false],
  ["him", false],
  ["she", true],
  ["her", true],
]);

// "Governor Tom Reyes said he would veto it": a speaker who reports about themselves with "he" or "she" shows
// their gender, for every later mention of the same name.
function gendersShown(analysis: TextAnalysis, candidates: Candidate[]): Map<string, boolean> {
  const genders = new Map<string, boolean>();
  for (const candidate of candidates) {
    const core = candidate.speaker?.core;
    const first = analysis.tokens[candidate.parts[0].first];
    const female = GENDERED.get(first.lower);
    if (!core || female === undefined || candidate.form !== "indirect" || !analysis.tokens[core.last].capital) continue;
    genders.set(analysis.tokens[core.last].lower, female);
  }
  return genders;
}

// Every name in the text and every speaker found, in text order, as what later pronouns may stand for. A one-word
// name counts as a person once the text gave it in full ("Biden" after "President Joe Biden").
export function knownSpeakers(analysis: TextAnalysis, candidates: Candidate[]): KnownSpeaker[] {
  const { tokens } = analysis;
  const speaking = candidates.flatMap((candidate) => candidate.speaker?.core ?? []);
  const known = [
    ...nameMentions(analysis).map((phrase) => sortOf(tokens, phrase, false)),
    ...speaking.map((phrase) => sortOf(tokens, phrase, true)),
  ].sort((a, b) => a.phrase.first - b.phrase.first);
  const people = new Set(known.filter((k) => k.sort === "person").map((k) => tokens[k.phrase.last].lower));
  const genders = gendersShown(analysis, candidates);
  for (const speaker of known) {
    const name = tokens[speaker.phrase.last].lower;
    if (speaker.sort === "either" && people.has(name)) speaker.sort = "person";
    if (speaker.female === null && genders.has(name)) {
      speaker.female = genders.get(name) ?? null;
      speaker.sort = "person";
    }
  }
  return known;
}

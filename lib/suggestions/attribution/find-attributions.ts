import type { TextAnalysis } from "../text/analysis.ts";
import { tokenSpan } from "../text/span.ts";
import type { AttributionSuggestion, SuggestionActor, TextSpan } from "../types.ts";
import { isAnonymous } from "./anonymous-source.ts";
import type { Candidate } from "./candidate.ts";
import { explainAttribution } from "./explain.ts";
import { findCandidates } from "./find-candidates.ts";
import { linkActor } from "./link-actor.ts";
import type { Phrase } from "./noun-phrase.ts";
import { knownSpeakers } from "./known-speakers.ts";
import { resolveSpeaker, type KnownSpeaker } from "./resolve-speaker.ts";

function speakerOf(analysis: TextAnalysis, candidate: Candidate, known: KnownSpeaker[]): Phrase | null {
  const core = candidate.speaker?.core;
  if (!core) return null;
  let before = 0;
  let after = known.length;
  while (before < after) {
    const middle = (before + after) >> 1;
    if (known[middle].phrase.first < core.first) before = middle + 1;
    else after = middle;
  }
  return resolveSpeaker(analysis.tokens, core, known, before) ?? core;
}

function toSuggestion(
  analysis: TextAnalysis,
  candidate: Candidate,
  speakerPhrase: Phrase | null,
  actors: SuggestionActor[],
): AttributionSuggestion {
  const { text, tokens } = analysis;
  const span = (phrase: Phrase | null | undefined): TextSpan | null =>
    phrase ? tokenSpan(text, tokens, phrase.first, phrase.last) : null;
  const parts = candidate.parts.map((part) => tokenSpan(text, tokens, part.first, part.last));
  const start = parts[0].start;
  const end = parts[parts.length - 1].end;
  const speaker = span(speakerPhrase);
  const speakerMention = span(candidate.speaker?.mention);
  const cue = span(candidate.cue);
  const namedBy = [speaker?.text, speakerMention?.text].filter((name): name is string => !!name);
  const verb = candidate.verb?.lemma ?? (candidate.rule === "indirect.according-to" ? "according to" : null);
  return {
    kind: "attribution",
    category: "attribution.reported_speech",
    start,
    end,
    text: text.slice(start, end),
    parts,
    form: candidate.form,
    anonymous: isAnonymous(speaker?.text ?? "") || (speakerMention !== null && isAnonymous(speakerMention.text)),
    speaker,
    speakerMention,
    cue,
    verb,
    verbClass: candidate.verb?.class ?? (verb ? "neutral" : null),
    actorId: namedBy.map((name) => linkActor(name, actors)).find((id) => id !== null) ?? null,
    rule: candidate.rule,
    why: explainAttribution(candidate.rule, cue?.text ?? null, speaker?.text ?? null),
  };
}

/** Direct and indirect attributions with their speakers, cues and reporting verbs, in text order. */
export function findAttributions(analysis: TextAnalysis, actors: SuggestionActor[]): AttributionSuggestion[] {
  const candidates = findCandidates(analysis);
  const known = knownSpeakers(analysis, candidates);
  return candidates.map((candidate) =>
    toSuggestion(analysis, candidate, speakerOf(analysis, candidate, known), actors),
  );
}

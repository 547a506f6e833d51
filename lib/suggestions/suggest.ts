import { findAttributions } from "./attribution/find-attributions.ts";
import { findLoadedLanguage } from "./loaded/find-loaded-language.ts";
import { findNamings } from "./naming/find-namings.ts";
import { analyseText } from "./text/analysis.ts";
import type { SuggestOptions, Suggestion } from "./types.ts";

/**
 * Suggestions for an article's text: attributions (direct and indirect, with speaker, cue and reporting verb),
 * namings of event actors and loaded language. Deterministic and offline; each says which rule made it and why.
 * Offsets are UTF-16 indexes into `text`, end exclusive, sorted by start.
 */
export function suggest(text: string, options: SuggestOptions = {}): Suggestion[] {
  const analysis = analyseText(text);
  const actors = options.actors ?? [];
  const suggestions: Suggestion[] = [
    ...findAttributions(analysis, actors),
    ...findNamings(analysis, actors),
    ...findLoadedLanguage(analysis, actors, options.extraLexicon ?? []),
  ];
  return suggestions.sort((a, b) => a.start - b.start || a.end - b.end);
}

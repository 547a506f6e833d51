import { suggest } from "./suggest.ts";
import type { AttributionSuggestion, SuggestOptions } from "./types.ts";

/** The attributions suggested for a text, each cut down to what a test checks. */
export function attributionsIn(text: string, options?: SuggestOptions) {
  return suggest(text, options)
    .filter((suggestion): suggestion is AttributionSuggestion => suggestion.kind === "attribution")
    .map((suggestion) => ({
      rule: suggestion.rule,
      form: suggestion.form,
      content: suggestion.parts.map((part) => part.text),
      speaker: suggestion.speaker?.text ?? null,
      mention: suggestion.speakerMention?.text ?? null,
      cue: suggestion.cue?.text ?? null,
      verbClass: suggestion.verbClass,
      anonymous: suggestion.anonymous,
    }));
}

/** The single attribution suggested for a text; fails the test if there is not exactly one. */
export function onlyAttribution(text: string, options?: SuggestOptions) {
  const found = attributionsIn(text, options);
  if (found.length !== 1) throw new Error(`Expected one attribution, got ${JSON.stringify(found, null, 2)}`);
  return found[0];
}

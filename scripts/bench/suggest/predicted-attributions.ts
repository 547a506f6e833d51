import type { AttributionSuggestion, TextSpan } from "../../../lib/suggestions/types.ts";
import type { GoldAttribution, Pieces } from "./read-brat.ts";

const pieces = (span: TextSpan | null): Pieces => (span ? [[span.start, span.end]] : []);

/**
 * A suggestion in PolNeAR's shape. The source is the speaker as the attribution itself names them
 * (`speakerMention`: "he", not the earlier "Joe Biden" it stands for), because that is what PolNeAR annotates.
 */
export function asGoldShape(suggestion: AttributionSuggestion): GoldAttribution {
  return {
    content: suggestion.parts.map((part) => [part.start, part.end]),
    cue: pieces(suggestion.cue),
    source: suggestion.speakerMention ? pieces(suggestion.speakerMention) : null,
  };
}

/**
 * The suggestions as PolNeAR attributions. A quote continuing the previous speaker's quote or report
 * (`quote.continued`) is its own suggestion, so a reviewer can take or leave each; PolNeAR annotates the two as one
 * attribution with several content pieces, so it is joined to the attribution it continues.
 */
export function asPolnearAttributions(suggestions: AttributionSuggestion[]): GoldAttribution[] {
  const attributions: GoldAttribution[] = [];
  let previous: GoldAttribution | null = null;
  for (const suggestion of suggestions) {
    const attribution = asGoldShape(suggestion);
    if (suggestion.rule === "quote.continued" && previous) previous.content.push(...attribution.content);
    else attributions.push(attribution);
    if (suggestion.rule !== "quote.continued") previous = attribution;
  }
  return attributions;
}

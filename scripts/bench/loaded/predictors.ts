import type { Suggestion, TextSpan } from "../../../lib/suggestions/types.ts";

export type Predictor = (suggestions: Suggestion[]) => TextSpan[];

/** Every loaded-language suggestion, whatever its category (loaded term, euphemism, intensifier, group label). */
export const loadedLanguage: Predictor = (suggestions) =>
  suggestions.filter((suggestion) => suggestion.kind === "loaded_language");

/**
 * Loaded language and the cue of every attribution whose reporting verb is evaluative ("claimed", "slammed",
 * "boasted"): the engine flags both as the outlet's own charged wording, and lexical-bias annotations (BABE's
 * biased words) count such verbs as biased.
 */
export const loadedOrEvaluativeVerb: Predictor = (suggestions) => [
  ...loadedLanguage(suggestions),
  ...suggestions.flatMap((suggestion) =>
    suggestion.kind === "attribution" && suggestion.verbClass === "evaluative" && suggestion.cue
      ? [suggestion.cue]
      : [],
  ),
];

export const PREDICTORS: Array<[name: string, predictor: Predictor]> = [
  ["loaded language", loadedLanguage],
  ["+ evaluative verbs", loadedOrEvaluativeVerb],
];

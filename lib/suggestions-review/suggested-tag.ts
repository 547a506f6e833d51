import type { CategoryKind } from "../db/generated/enums.ts";
import type { AttributionSuggestion, Suggestion } from "../suggestions/types.ts";

/** The category in use a suggestion's code stands for. */
export interface SuggestedCategory {
  id: string;
  kind: CategoryKind;
  label: string;
}

/** The tag accepting a suggestion makes: the same fields a hand-made tag sends, attributes filled in. */
export interface SuggestedTag {
  categoryId: string;
  kind: CategoryKind;
  label: string;
  startOffset: number;
  endOffset: number;
  quotedText: string;
  attributes: Record<string, unknown>;
  actorId: string | null;
  claimId: null;
}

// Longest values the tag attributes accept (lib/annotations/attributes.ts).
const SPEAKER_MAX = 200;
const VERB_MAX = 60;

/**
 * A suggestion as the reviewer's tag: an attribution's form, anonymity, speaker (resolved from a pronoun), reporting
 * verb as the text has it and its class; a naming's actor; loaded language's direction and target actor. A term
 * whose direction depends on its target gets "unfavourable", the default of a hand-made tag, to correct if need be.
 */
export function suggestedTag(suggestion: Suggestion, category: SuggestedCategory): SuggestedTag {
  return {
    categoryId: category.id,
    kind: category.kind,
    label: category.label,
    startOffset: suggestion.start,
    endOffset: suggestion.end,
    quotedText: suggestion.text,
    attributes: attributesOf(suggestion),
    actorId: suggestion.actorId,
    claimId: null,
  };
}

function attributesOf(suggestion: Suggestion): Record<string, unknown> {
  if (suggestion.kind === "naming") return {};
  if (suggestion.kind === "loaded_language") return { direction: suggestion.direction ?? "unfavourable" };
  return attributionAttributes(suggestion);
}

function attributionAttributes(suggestion: AttributionSuggestion): Record<string, unknown> {
  // Reviewers record the verb as the article words it ("told", "according to"): the cue, else its base form.
  const verb = oneLine(suggestion.cue?.text ?? suggestion.verb);
  return {
    form: suggestion.form === "direct" ? "direct_quote" : "indirect",
    anonymous: suggestion.anonymous,
    speaker: oneLine(suggestion.speaker?.text ?? null)?.slice(0, SPEAKER_MAX) ?? null,
    speakerType: null,
    verb: verb && verb.length <= VERB_MAX ? verb : null,
    verbClass: suggestion.verbClass,
  };
}

const oneLine = (text: string | null) => text?.replace(/\s+/g, " ").trim() || null;

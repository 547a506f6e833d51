import { z } from "zod";
import type { CategoryKind } from "../db/generated/enums.ts";

export const SPEAKER_TYPES = [
  "government_official",
  "military_security",
  "political_party",
  "armed_group",
  "international_org_ngo",
  "expert_academic",
  // Not in the list, but companies and business groups are among the most quoted sources of many events.
  "company_business",
  "witness_civilian",
  "journalist_media",
  "document_report",
] as const;

export const ATTRIBUTION_FORMS = ["direct_quote", "indirect", "unattributed"] as const;

export const VERB_CLASSES = ["neutral", "evaluative"] as const;

export const DIRECTIONS = ["unfavourable", "favourable"] as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => value || null);

/** Who said what, in which form, with which reporting verb: the attributes of an attribution tag. */
export const attributionAttributesSchema = z.object({
  speaker: optionalText(200),
  speakerType: z
    .enum(SPEAKER_TYPES)
    .nullish()
    .transform((value) => value ?? null),
  form: z.enum(ATTRIBUTION_FORMS, {
    error: "Say whether it is a direct quote, a paraphrase or an unattributed claim.",
  }),
  anonymous: z.boolean(),
  verb: optionalText(60),
  verbClass: z
    .enum(VERB_CLASSES)
    .nullish()
    .transform((value) => value ?? null),
});

export const loadedLanguageAttributesSchema = z.object({
  direction: z.enum(DIRECTIONS, {
    error: "Say whether the wording is favourable or unfavourable.",
  }),
});

const noAttributes = z.object({}).strict();

/** The attributes each kind of tag carries; anything else is refused. */
export const ATTRIBUTES_BY_KIND = {
  FRAME: noAttributes,
  ATTRIBUTION: attributionAttributesSchema,
  SOURCE_TYPE: noAttributes,
  LOADED_LANGUAGE: loadedLanguageAttributesSchema,
  NAMING: noAttributes,
} as const satisfies Record<CategoryKind, z.ZodType>;

/** Which links to the event a kind needs (naming names an actor) or may have (only attributions carry a claim). */
export const LINKS_BY_KIND: Record<CategoryKind, { actor: "required" | "optional" | "none"; claim: boolean }> = {
  FRAME: { actor: "none", claim: false },
  ATTRIBUTION: { actor: "optional", claim: true },
  SOURCE_TYPE: { actor: "optional", claim: false },
  LOADED_LANGUAGE: { actor: "optional", claim: false },
  NAMING: { actor: "required", claim: false },
};

export interface ValueMeaning {
  label: string;
  definition: string;
}

// What each value means, shown in the attribute choices and the Definitions panel while tagging, so two
// reviewers read the same instruction for "indirect" or "evaluative".
export const SPEAKER_TYPE_MEANINGS: Record<(typeof SPEAKER_TYPES)[number], ValueMeaning> = {
  government_official: {
    label: "Government official",
    definition: "A minister, spokesperson, ministry or other civilian state authority speaking for a government.",
  },
  military_security: {
    label: "Military or security",
    definition: "Armed forces, police or intelligence services, or their spokespeople.",
  },
  political_party: {
    label: "Political party",
    definition: "A party, politician or candidate speaking in a party role rather than from a government office.",
  },
  armed_group: {
    label: "Armed group",
    definition: "A non-state armed group or militia, or its political wing or spokespeople.",
  },
  international_org_ngo: {
    label: "International organisation or NGO",
    definition: "A UN agency, aid or human-rights group, or another international or non-governmental body.",
  },
  expert_academic: {
    label: "Expert or academic",
    definition: "An analyst, researcher or other specialist quoted for their expertise.",
  },
  company_business: {
    label: "Company or business",
    definition: "A company, its executives or spokespeople, or a business association or chamber of commerce.",
  },
  witness_civilian: {
    label: "Witness or civilian",
    definition: "A resident, victim, relative or bystander speaking from their own experience.",
  },
  journalist_media: {
    label: "Journalist or media",
    definition: "Another outlet, a reporter or a media report.",
  },
  document_report: {
    label: "Document or report",
    definition: "A written statement, study, filing or report rather than a person speaking.",
  },
};

export const ATTRIBUTION_FORM_MEANINGS: Record<(typeof ATTRIBUTION_FORMS)[number], ValueMeaning> = {
  direct_quote: { label: "Direct quote", definition: "The speaker's own words, in quotation marks." },
  indirect: {
    label: "Indirect or paraphrase",
    definition: "What the speaker said, in the outlet's words and without quotation marks.",
  },
  unattributed: {
    label: "Unattributed",
    definition: 'A contestable claim with no source, or only a vague one ("critics say", "it is believed").',
  },
};

export const VERB_CLASS_MEANINGS: Record<(typeof VERB_CLASSES)[number], ValueMeaning> = {
  neutral: {
    label: "Neutral",
    definition: 'The verb only reports that something was said ("said", "told", "stated").',
  },
  evaluative: {
    label: "Evaluative",
    definition: 'The verb judges the statement or its speaker ("claimed", "insisted", "admitted", "alleged").',
  },
};

export const DIRECTION_MEANINGS: Record<(typeof DIRECTIONS)[number], ValueMeaning> = {
  unfavourable: { label: "Unfavourable", definition: "The wording makes the target actor look worse." },
  favourable: { label: "Favourable", definition: "The wording makes the target actor look better." },
};

export const ANONYMOUS_MEANING: ValueMeaning = {
  label: "Anonymous source",
  definition: 'The speaker\'s identity is withheld ("a source close to the talks", "officials said").',
};

import { z } from "zod";
import type { CategoryKind } from "../db/generated/enums.ts";

export const SPEAKER_TYPES = [
  "government_official",
  "military_security",
  "political_party",
  "armed_group",
  "international_org_ngo",
  "expert_academic",
  "witness_civilian",
  "journalist_media",
  "document_report",
] as const;

export const ATTRIBUTION_FORMS = ["direct_quote", "indirect", "unattributed"] as const;

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
    .enum(["neutral", "evaluative"])
    .nullish()
    .transform((value) => value ?? null),
});

export const loadedLanguageAttributesSchema = z.object({
  direction: z.enum(["favourable", "unfavourable"], {
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

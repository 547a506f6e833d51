import { z } from "zod";
import { ATTRIBUTION_FORMS, SPEAKER_TYPES, VERB_CLASSES } from "../annotations/attributes.ts";

/**
 * What a clicked bar, cell or number stands for, so its passages can be listed: tags of a kind narrowed by
 * category code, actor, speaker, form and so on, or (`PRIMARY_FRAME`, `HEADLINE_FRAME`) the articles whose
 * counted form chose a frame, or (`TONE`, with an actor) rated its tone toward an actor. `outlet` is the outlet clicked: its column comes first.
 */
export const passageSelectorSchema = z.object({
  kind: z.enum(["ATTRIBUTION", "NAMING", "FRAME", "LOADED_LANGUAGE", "PRIMARY_FRAME", "HEADLINE_FRAME", "TONE"]),
  code: z
    .string()
    .regex(/^[a-z][a-z0-9_.]{0,79}$/)
    .optional(),
  outlet: z.uuid().optional(),
  actor: z.union([z.uuid(), z.literal("none")]).optional(),
  speakerType: z.union([z.enum(SPEAKER_TYPES), z.literal("none")]).optional(),
  speaker: z.string().trim().toLowerCase().min(1).max(200).optional(),
  form: z.enum(ATTRIBUTION_FORMS).optional(),
  anonymous: z.literal("true").optional(),
  verbClass: z.enum(VERB_CLASSES).optional(),
  claim: z.uuid().optional(),
  name: z.string().trim().toLowerCase().min(1).max(300).optional(),
  /** Loaded language favourable or unfavourable to its target; `unstated` for version 1 tags, which had none. */
  direction: z.enum(["unfavourable", "favourable", "unstated"]).optional(),
  /** The chart section the selection was made in, so the passages open beside it; it selects nothing. */
  section: z.enum(["voices", "naming", "claims", "frames", "loaded", "tone"]).optional(),
});

export type PassageSelector = z.infer<typeof passageSelectorSchema>;

/** Selector fields travel in the page's URL as `p.<field>`, beside the filters. */
const PREFIX = "p.";

/** The selector in a page's search parameters; null when none is given or it does not parse. */
export function readPassageSelector(params: Record<string, string | string[] | undefined>): PassageSelector | null {
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    const text = Array.isArray(value) ? value[0] : value;
    if (name.startsWith(PREFIX) && name !== `${PREFIX}limit` && text) fields[name.slice(PREFIX.length)] = text;
  }
  if (Object.keys(fields).length === 0) return null;
  const parsed = passageSelectorSchema.strict().safeParse(fields);
  return parsed.success ? parsed.data : null;
}

/** Writes the selector into search parameters (which keep the page's filters). */
export function writePassageSelector(params: URLSearchParams, selector: PassageSelector): URLSearchParams {
  for (const [field, value] of Object.entries(selector)) {
    if (value !== undefined) params.set(`${PREFIX}${field}`, String(value));
  }
  return params;
}

export const PASSAGES_PER_OUTLET = 5;
export const MAX_PASSAGES_PER_OUTLET = 100;

/** How many passages per outlet the page asks for ("show more" raises it). */
export function readPassageLimit(params: Record<string, string | string[] | undefined>): number {
  const parsed = z.coerce.number().int().min(1).max(MAX_PASSAGES_PER_OUTLET).safeParse(params[`${PREFIX}limit`]);
  return parsed.success ? parsed.data : PASSAGES_PER_OUTLET;
}

export const PASSAGE_LIMIT_PARAM = `${PREFIX}limit`;

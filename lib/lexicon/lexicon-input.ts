import { z } from "zod";
import { DIRECTIONS } from "../annotations/attributes.ts";
import { singleLine } from "../events/actors/text-fields.ts";
import { LOADED_CATEGORY_CODES } from "./loaded-categories.ts";

export const TERM_MAX_LENGTH = 80;
export const NOTE_MAX_LENGTH = 300;

// The engine matches terms word by word: a term with no letter or digit could never be found in a text.
const HAS_WORD = /[\p{L}\p{N}]/u;

/** A term as the admin's form submits it: one line, at least one word, under one of the loaded-language codes. */
export const lexiconInputSchema = z.object({
  term: z
    .string()
    .transform(singleLine)
    .pipe(
      z
        .string()
        .min(1, { error: "Type the word or phrase to suggest.", abort: true })
        .max(TERM_MAX_LENGTH, { error: `Keep the term under ${TERM_MAX_LENGTH} characters.` })
        .regex(HAS_WORD, { error: "A term needs at least one letter or digit." }),
    ),
  categoryCode: z.enum(LOADED_CATEGORY_CODES, { error: "Choose the kind of loaded language the term is." }),
  // An empty choice is the honest default: many terms push whichever actor they are aimed at.
  direction: z
    .union([z.enum(DIRECTIONS), z.literal("")], {
      error: "Choose favourable, unfavourable or “depends on the target”.",
    })
    .default("")
    .transform((direction) => direction || null),
  note: z
    .string()
    .default("")
    .transform((note) => note.trim() || null)
    .pipe(
      z
        .string()
        .max(NOTE_MAX_LENGTH, { error: `Keep the note under ${NOTE_MAX_LENGTH} characters.` })
        .nullable(),
    ),
});

export type LexiconInput = z.output<typeof lexiconInputSchema>;

/** How two spellings of a term are compared: case, curly apostrophes and spacing do not make a new term. */
export function termKey(term: string): string {
  return singleLine(term).toLowerCase().replace(/[’‘]/g, "'");
}

import { z } from "zod";
import { requiredLine } from "../actors/text-fields.ts";

export const CLAIM_LABEL_MAX_LENGTH = 200;
export const CLAIM_DETAIL_MAX_LENGTH = 1000;

/** A key claim as the editor's form submits it: a one-line label and an optional longer detail. */
export const claimInputSchema = z.object({
  label: requiredLine(CLAIM_LABEL_MAX_LENGTH, {
    empty: "Give the claim a short label.",
    tooLong: `Keep the label under ${CLAIM_LABEL_MAX_LENGTH} characters.`,
  }),
  detail: z
    .string()
    .default("")
    .transform((text) => text.replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .max(CLAIM_DETAIL_MAX_LENGTH, { error: `Keep the detail under ${CLAIM_DETAIL_MAX_LENGTH} characters.` }),
    )
    .transform((text) => text || null),
});

export type ClaimInput = z.output<typeof claimInputSchema>;

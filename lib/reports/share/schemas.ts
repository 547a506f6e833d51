import { z } from "zod";

export const LABEL_MAX_LENGTH = 100;

/** A share link as the editor's form submits it: an optional label and an optional last day (UTC) it works. */
export const shareLinkInputSchema = z.object({
  label: z
    .string()
    .trim()
    .max(LABEL_MAX_LENGTH, { error: `Keep the label under ${LABEL_MAX_LENGTH} characters.` })
    .transform((label) => label || null),
  expiresAt: z
    .union([z.literal(""), z.iso.date({ error: "Give the last day as a date." })])
    .transform((day) => (day ? new Date(`${day}T23:59:59.999Z`) : null))
    .refine((end) => end === null || end.getTime() > Date.now(), { error: "The last day has already passed." }),
});
export type ShareLinkInput = z.output<typeof shareLinkInputSchema>;

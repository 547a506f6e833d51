import { z } from "zod";
import { DESCRIPTION_MAX_LENGTH } from "./limits.ts";

export const eventDescriptionSchema = z.object({
  description: z
    .string()
    .max(DESCRIPTION_MAX_LENGTH, { error: `Keep the description under ${DESCRIPTION_MAX_LENGTH} characters.` })
    .transform((text) => text.replace(/\r\n?/g, "\n").trim() || null),
});

export const moveArticlesSchema = z.object({
  articleIds: z.array(z.uuid()).min(1, { error: "Tick the articles to move first." }),
  targetEventId: z.uuid({ error: "Choose the event to move them to." }),
});

export type MoveArticlesInput = z.output<typeof moveArticlesSchema>;

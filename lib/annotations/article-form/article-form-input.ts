import { z } from "zod";

/** The article-level judgements of one reviewer: its primary and headline frame, and tone per event actor. */
export const articleFormInputSchema = z.object({
  articleId: z.uuid(),
  primaryFrameId: z
    .uuid()
    .nullish()
    .transform((value) => value ?? null),
  headlineFrameId: z
    .uuid()
    .nullish()
    .transform((value) => value ?? null),
  tones: z
    .array(z.object({ actorId: z.uuid(), tone: z.int().min(-2).max(2, { error: "Tone runs from −2 to +2." }) }))
    .refine((tones) => new Set(tones.map((t) => t.actorId)).size === tones.length, {
      error: "Give each actor one tone.",
    })
    .default([]),
  /** The revision the reviewer edited; null for a form they have not saved before. */
  revision: z.int().min(1).nullable(),
});

export type ArticleFormInput = z.infer<typeof articleFormInputSchema>;

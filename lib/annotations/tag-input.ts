import { z } from "zod";

/** A tag as the workspace sends it; kind-specific attributes are checked against the category's kind. */
export const tagInputSchema = z
  .object({
    articleId: z.uuid(),
    categoryId: z.uuid({ error: "Choose a category." }),
    startOffset: z.int().min(0),
    endOffset: z.int().min(1),
    quotedText: z.string().min(1).max(20_000),
    attributes: z.record(z.string(), z.unknown()).default({}),
    actorId: z
      .uuid()
      .nullish()
      .transform((value) => value ?? null),
    claimId: z
      .uuid()
      .nullish()
      .transform((value) => value ?? null),
  })
  .refine((tag) => tag.startOffset < tag.endOffset, { error: "A tag must cover at least one character." });

export type TagInput = z.infer<typeof tagInputSchema>;

/**
 * A new tag may name its id, made by the workspace before the first try: a save sent again (its answer was lost
 * to a dropped connection or a crash) then finds the tag it made instead of making a second one.
 */
export const newTagInputSchema = tagInputSchema.safeExtend({ id: z.uuid().optional() });

export type NewTagInput = z.infer<typeof newTagInputSchema>;

/** An edit names the revision it was made on, so an edit from a stale tab is refused instead of overwriting. */
export const tagEditSchema = z.object({ tagId: z.uuid(), revision: z.int().min(1) });

import { z } from "zod";
import { tagInputSchema } from "../annotations/tag-input.ts";

/** One reviewer's tag to take into gold as it is. */
export const decisionInputSchema = z.object({ articleId: z.uuid(), annotationId: z.uuid() });

/** Reviewers' tags to leave out of gold, or whose decisions to undo. */
export const tagsInputSchema = z.object({
  articleId: z.uuid(),
  annotationIds: z.array(z.uuid()).min(1, { error: "Choose the tags." }).max(50),
});

/** A reviewer's tag taken into gold with changes: the gold tag as the adjudicator made it. */
export const goldEditInputSchema = z.object({ annotationId: z.uuid(), tag: tagInputSchema });

/** A gold tag the adjudicator added themselves, to take out again. */
export const goldTagInputSchema = z.object({ articleId: z.uuid(), goldTagId: z.uuid() });

export type DecisionInput = z.infer<typeof decisionInputSchema>;
export type TagsInput = z.infer<typeof tagsInputSchema>;
export type GoldEditInput = z.infer<typeof goldEditInputSchema>;
export type GoldTagInput = z.infer<typeof goldTagInputSchema>;

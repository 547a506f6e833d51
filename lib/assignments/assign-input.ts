import { z } from "zod";

/** Two reviewers per article is what agreement needs; more is allowed, never required. */
export const DEFAULT_REVIEWERS_PER_ARTICLE = 2;
export const MAX_REVIEWERS_PER_ARTICLE = 10;

export const assignArticlesSchema = z
  .object({
    reviewerIds: z.array(z.uuid()).min(1, { error: "Tick the reviewers to share the articles among." }),
    perArticle: z.coerce
      .number({ error: "Say how many reviewers each article needs." })
      .int({ error: "Use a whole number of reviewers." })
      .min(1, { error: "Each article needs at least one reviewer." })
      .max(MAX_REVIEWERS_PER_ARTICLE, { error: `At most ${MAX_REVIEWERS_PER_ARTICLE} reviewers per article.` }),
    // An unticked checkbox sends nothing; a ticked one sends "on".
    onlyUnassigned: z.literal("on").optional().transform(Boolean),
  })
  .refine((input) => input.perArticle <= new Set(input.reviewerIds).size, {
    path: ["perArticle"],
    error: "Tick at least as many reviewers as each article needs.",
  });

export type AssignArticlesInput = z.output<typeof assignArticlesSchema>;

import { z } from "zod";
import { normalizedArticleSchema, type NormalizedArticle } from "../normalized-article.ts";

// Staged rows are JSON in Postgres, where dates travel as ISO strings.
const stagedArticleSchema = normalizedArticleSchema.extend({
  publishedAt: z.coerce
    .date()
    .nullable()
    .optional()
    .transform((value) => value ?? null),
});

export function toStaged(article: NormalizedArticle): object {
  return { ...article, publishedAt: article.publishedAt?.toISOString() ?? null };
}

export function fromStaged(json: unknown): NormalizedArticle {
  return stagedArticleSchema.parse(json);
}

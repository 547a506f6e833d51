import type { Annotation, Prisma } from "../db/generated/client.ts";
import { TaggingError } from "./tagging-error.ts";

/**
 * The tag an earlier try of the same save made, when the id the workspace chose is stored already; null when it
 * is new. The caller holds the reviewer's assignment lock, so a second try waits for the first to commit. An id
 * that is another reviewer's, or on another article, is refused (the workspace makes a fresh one per new tag).
 */
export async function findRepeatedTag(
  tx: Prisma.TransactionClient,
  tagId: string | undefined,
  articleId: string,
  reviewerId: string,
): Promise<Annotation | null> {
  if (!tagId) return null;
  const stored = await tx.annotation.findUnique({ where: { id: tagId } });
  if (!stored) return null;
  if (stored.reviewerId !== reviewerId || stored.articleId !== articleId || stored.layer !== "REVIEWER")
    throw new TaggingError("This tag could not be saved under the id it was given. Reload the article.");
  return stored;
}

import type { Prisma } from "../db/generated/client.ts";
import { TaggingError } from "./tagging-error.ts";

/**
 * Locks the reviewer's assignment to the article for the rest of the transaction, so a tag cannot slip in
 * while they submit; refuses when there is none or when they have already submitted.
 */
export async function lockOpenAssignment(tx: Prisma.TransactionClient, articleId: string, reviewerId: string) {
  const [assignment] = await tx.$queryRaw<{ submitted_at: Date | null }[]>`
    SELECT submitted_at FROM assignments
    WHERE article_id = ${articleId}::uuid AND reviewer_id = ${reviewerId}::uuid FOR UPDATE`;
  if (!assignment) throw new TaggingError("This article is not in your queue. Pick it up first.");
  if (assignment.submitted_at)
    throw new TaggingError("You have submitted this article; its tags are final until an editor reopens it.");
}

import type { Prisma } from "../../db/generated/client.ts";
import type { ReviewerTag } from "../adjudication-tags.ts";

/** The tags of the article's reviewers who have submitted it, with what was decided about each. */
export async function listReviewerTags(tx: Prisma.TransactionClient, articleId: string): Promise<ReviewerTag[]> {
  const rows = await tx.annotation.findMany({
    where: {
      articleId,
      layer: "REVIEWER",
      reviewer: { assignments: { some: { articleId, submittedAt: { not: null } } } },
    },
    include: {
      category: { select: { code: true, kind: true, label: true } },
      decision: { select: { verdict: true, goldAnnotationId: true } },
    },
  });
  return rows.map(({ category, decision, ...tag }) => ({
    id: tag.id,
    reviewerId: tag.reviewerId,
    categoryId: tag.categoryId,
    code: category.code,
    kind: category.kind,
    label: category.label,
    startOffset: tag.startOffset,
    endOffset: tag.endOffset,
    quotedText: tag.quotedText,
    attributes: (tag.attributes ?? {}) as Record<string, unknown>,
    actorId: tag.actorId,
    claimId: tag.claimId,
    decision,
  }));
}

import type { Prisma } from "../../db/generated/client.ts";
import type { ReviewerTag } from "../adjudication-tags.ts";
import { TAG_CATEGORY, toAdjudicationTag } from "./tag-row.ts";

/** The tags of the article's reviewers who have submitted it, with what was decided about each. */
export async function listReviewerTags(tx: Prisma.TransactionClient, articleId: string): Promise<ReviewerTag[]> {
  const rows = await tx.annotation.findMany({
    where: {
      articleId,
      layer: "REVIEWER",
      reviewer: { assignments: { some: { articleId, submittedAt: { not: null } } } },
    },
    include: { ...TAG_CATEGORY, decision: { select: { verdict: true, goldAnnotationId: true } } },
  });
  return rows.map((row) => ({ ...toAdjudicationTag(row), reviewerId: row.reviewerId, decision: row.decision }));
}

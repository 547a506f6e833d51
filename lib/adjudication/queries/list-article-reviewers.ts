import { db } from "../../db/client.ts";

/** Everyone assigned to the article, by name, with when they submitted it (null: still tagging). */
export async function listArticleReviewers(articleId: string) {
  const assignments = await db().assignment.findMany({
    where: { articleId },
    orderBy: [{ reviewer: { name: "asc" } }, { reviewerId: "asc" }],
    select: { submittedAt: true, reviewer: { select: { id: true, name: true } } },
  });
  return assignments.map(({ reviewer, submittedAt }) => ({ ...reviewer, submittedAt }));
}

export type ArticleReviewer = Awaited<ReturnType<typeof listArticleReviewers>>[number];

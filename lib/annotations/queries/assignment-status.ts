import { db } from "../../db/client.ts";

export type AssignmentStatus = "none" | "open" | "submitted";

/** Whether the article is in the reviewer's queue, and whether they have submitted it. */
export async function assignmentStatus(articleId: string, reviewerId: string): Promise<AssignmentStatus> {
  const assignment = await db().assignment.findUnique({
    where: { articleId_reviewerId: { articleId, reviewerId } },
    select: { submittedAt: true },
  });
  if (!assignment) return "none";
  return assignment.submittedAt ? "submitted" : "open";
}

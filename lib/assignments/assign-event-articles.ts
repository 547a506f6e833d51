import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import { lockUntilCommit } from "../db/transaction-lock.ts";
import { countAssignable } from "./assignable-reviewers.ts";
import { AssignmentError } from "./assignment-error.ts";
import type { AssignArticlesInput } from "./assign-input.ts";
import { countOpenAssignments, listArticleAssignees } from "./assignment-state.ts";
import { balanceAssignments } from "./balance-assignments.ts";

export interface AssignmentOutcome {
  /** Assignments written by this run. */
  created: number;
  /** Articles that got at least one new reviewer. */
  articles: number;
  /** Articles left as they were: they had enough reviewers, or (only unassigned ones asked for) had any. */
  alreadyCovered: number;
}

/**
 * Shares an event's articles among the chosen reviewers (see balanceAssignments), all in one transaction
 * with one audit entry. Running it again adds only what is missing.
 */
export async function assignEventArticles(
  eventId: string,
  { reviewerIds, perArticle, onlyUnassigned }: AssignArticlesInput,
  actorId: string,
): Promise<AssignmentOutcome> {
  const reviewers = [...new Set(reviewerIds)];
  return db().$transaction(async (tx) => {
    // Two editors assigning the same event at once would each top articles up past the number asked for.
    await lockUntilCommit(tx, [`assignments:${eventId}`]);
    if (!(await tx.event.findUnique({ where: { id: eventId }, select: { id: true } })))
      throw new AssignmentError("That event no longer exists.");
    if ((await countAssignable(tx, reviewers)) !== reviewers.length)
      throw new AssignmentError("Some of these reviewers were disabled or can no longer tag. Reload and try again.");
    const all = await listArticleAssignees(tx, eventId);
    const articles = onlyUnassigned ? all.filter((article) => article.reviewerIds.length === 0) : all;
    const openLoads = await countOpenAssignments(tx, eventId, reviewers);
    const assignments = balanceAssignments({ articles, reviewerIds: reviewers, perArticle, openLoads });
    await tx.assignment.createMany({
      data: assignments.map((assignment) => ({ ...assignment, assignedById: actorId })),
      skipDuplicates: true,
    });
    await recordAudit(tx, {
      actorId,
      action: "assignment.assign",
      entityType: "event",
      entityId: eventId,
      after: { reviewerIds: reviewers, perArticle, onlyUnassigned, assignments },
    });
    const touched = new Set(assignments.map((assignment) => assignment.articleId)).size;
    return { created: assignments.length, articles: touched, alreadyCovered: all.length - touched };
  });
}

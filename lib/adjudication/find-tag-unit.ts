import type { Prisma } from "../db/generated/client.ts";
import { AdjudicationError } from "./adjudication-error.ts";
import type { ReviewerTag } from "./adjudication-tags.ts";
import { groupUnits } from "./compare/group-units.ts";
import { listReviewerTags } from "./queries/list-reviewer-tags.ts";

/** A submitted reviewer's tag of the article, and the unit it belongs to (itself and its counterparts). */
export async function findTagUnit(
  tx: Prisma.TransactionClient,
  articleId: string,
  annotationId: string,
): Promise<{ tag: ReviewerTag; unit: ReviewerTag[] }> {
  const unit = groupUnits(await listReviewerTags(tx, articleId)).find((tags) =>
    tags.some((tag) => tag.id === annotationId),
  );
  const tag = unit?.find((candidate) => candidate.id === annotationId);
  if (!unit || !tag)
    throw new AdjudicationError("That is not a submitted reviewer's tag of this article. Reload the page.");
  return { tag, unit };
}

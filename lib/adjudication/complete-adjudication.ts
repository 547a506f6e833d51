import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import { plural } from "../format.ts";
import { AdjudicationError } from "./adjudication-error.ts";
import { countUndecidedTags } from "./count-undecided-tags.ts";
import { lockOpenAdjudication } from "./lock-open-adjudication.ts";

/**
 * Declares the article's gold complete, so it counts downstream instead of the reviewers' tags; refused while
 * any reviewer's tag is undecided. The one who completes it is named as its adjudicator. Audited.
 */
export async function completeAdjudication(articleId: string, adjudicatorId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    await lockOpenAdjudication(tx, articleId, adjudicatorId);
    const undecided = await countUndecidedTags(tx, articleId);
    if (undecided > 0)
      throw new AdjudicationError(
        `${plural(undecided, "reviewer tag is", "reviewer tags are")} still undecided: accept, edit or reject ${undecided === 1 ? "it" : "them"} first.`,
      );
    const completedAt = new Date();
    await tx.adjudication.update({ where: { articleId }, data: { completedAt, adjudicatorId } });
    await recordAudit(tx, {
      actorId: adjudicatorId,
      action: "adjudication.complete",
      entityType: "article",
      entityId: articleId,
      after: { adjudicatorId, completedAt: completedAt.toISOString() },
    });
  });
}

import { db } from "../db/client.ts";
import type { Annotation } from "../db/generated/client.ts";
import type { ReviewerTag } from "./adjudication-tags.ts";
import { decideUnit } from "./decide-unit.ts";
import { findTagUnit } from "./find-tag-unit.ts";
import { lockOpenAdjudication } from "./lock-open-adjudication.ts";
import { refuseIfInGold } from "./refuse-if-in-gold.ts";
import type { DecisionInput } from "./schemas.ts";
import { writeGoldTag } from "./write-gold-tag.ts";

/**
 * Takes a reviewer's tag into gold as it is: a gold copy by the adjudicator, the tag and its identical
 * counterparts ACCEPTED, the unit's differing versions still undecided REJECTED (one may still be accepted on
 * its own afterwards, as a second gold tag). One transaction, every decision audited.
 */
export async function acceptTag(
  { articleId, annotationId }: DecisionInput,
  adjudicatorId: string,
): Promise<Annotation> {
  return db().$transaction(async (tx) => {
    await lockOpenAdjudication(tx, articleId, adjudicatorId);
    const { tag, unit } = await findTagUnit(tx, articleId, annotationId);
    refuseIfInGold(tag);
    const gold = await writeGoldTag(tx, copyOf(articleId, tag), adjudicatorId);
    const decision = { verdict: "ACCEPTED" as const, goldAnnotationId: gold.id };
    await decideUnit(tx, { articleId, unit, chosen: tag, decision, rejectDiffering: true }, adjudicatorId);
    return gold;
  });
}

function copyOf(articleId: string, tag: ReviewerTag) {
  return {
    articleId,
    categoryId: tag.categoryId,
    startOffset: tag.startOffset,
    endOffset: tag.endOffset,
    quotedText: tag.quotedText,
    attributes: tag.attributes,
    actorId: tag.actorId,
    claimId: tag.claimId,
  };
}

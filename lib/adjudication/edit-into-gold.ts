import { db } from "../db/client.ts";
import type { Annotation } from "../db/generated/client.ts";
import { AdjudicationError } from "./adjudication-error.ts";
import { decideUnit } from "./decide-unit.ts";
import { findTagUnit } from "./find-tag-unit.ts";
import { lockOpenAdjudication } from "./lock-open-adjudication.ts";
import { refuseIfInGold } from "./refuse-if-in-gold.ts";
import type { GoldEditInput } from "./schemas.ts";
import { snapGoldSpan } from "./snap-gold-span.ts";
import { writeGoldTag } from "./write-gold-tag.ts";

/**
 * Takes a reviewer's tag into gold with the adjudicator's changes (span snapped to words, attributes, actor,
 * claim), checked as any tag is: the tag and its identical counterparts EDITED, differing undecided versions
 * REJECTED. One transaction, audited.
 */
export async function editIntoGold({ annotationId, tag }: GoldEditInput, adjudicatorId: string): Promise<Annotation> {
  return db().$transaction(async (tx) => {
    await lockOpenAdjudication(tx, tag.articleId, adjudicatorId);
    const { tag: chosen, unit } = await findTagUnit(tx, tag.articleId, annotationId);
    refuseIfInGold(chosen);
    if (tag.categoryId !== chosen.categoryId)
      throw new AdjudicationError("An edit keeps the tag's category; add a gold tag of the other category instead.");
    const gold = await writeGoldTag(tx, await snapGoldSpan(tx, tag), adjudicatorId);
    const decision = { verdict: "EDITED" as const, goldAnnotationId: gold.id };
    await decideUnit(tx, { articleId: tag.articleId, unit, chosen, decision, rejectDiffering: true }, adjudicatorId);
    return gold;
  });
}

import { db } from "../db/client.ts";
import { AdjudicationError } from "./adjudication-error.ts";
import { deleteGoldTag } from "./delete-gold-tag.ts";
import { lockOpenAdjudication } from "./lock-open-adjudication.ts";
import type { GoldTagInput } from "./schemas.ts";

/** Takes out a gold tag the adjudicator added; one that reviewers' tags became goes by undoing their decisions. */
export async function removeGoldTag({ articleId, goldTagId }: GoldTagInput, adjudicatorId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    await lockOpenAdjudication(tx, articleId, adjudicatorId);
    const gold = await tx.annotation.findUnique({
      where: { id: goldTagId },
      select: { articleId: true, layer: true, _count: { select: { goldFrom: true } } },
    });
    if (!gold || gold.articleId !== articleId || gold.layer !== "GOLD")
      throw new AdjudicationError("That gold tag is gone (perhaps removed meanwhile). Reload the page.");
    if (gold._count.goldFrom > 0)
      throw new AdjudicationError("Reviewers' tags became this gold tag: undo their decisions to take it out.");
    await deleteGoldTag(tx, goldTagId, adjudicatorId);
  });
}

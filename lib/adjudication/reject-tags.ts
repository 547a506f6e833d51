import { db } from "../db/client.ts";
import { AdjudicationError } from "./adjudication-error.ts";
import { decideUnit } from "./decide-unit.ts";
import { findTagUnit } from "./find-tag-unit.ts";
import { lockOpenAdjudication } from "./lock-open-adjudication.ts";
import type { TagsInput } from "./schemas.ts";

/**
 * Leaves reviewers' tags out of gold: each REJECTED with its identical undecided counterparts, nothing written
 * to gold. Differing versions of the same unit stay undecided. One transaction, every decision audited.
 */
export async function rejectTags({ articleId, annotationIds }: TagsInput, adjudicatorId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    await lockOpenAdjudication(tx, articleId, adjudicatorId);
    for (const annotationId of new Set(annotationIds)) {
      // Read afresh each time: rejecting one tag may have decided an identical one asked for next.
      const { tag, unit } = await findTagUnit(tx, articleId, annotationId);
      if (tag.decision?.verdict === "REJECTED") continue;
      if (tag.decision)
        throw new AdjudicationError("This tag is in gold already. Undo that decision first to reject it.");
      const decision = { verdict: "REJECTED" as const, goldAnnotationId: null };
      await decideUnit(tx, { articleId, unit, chosen: tag, decision, rejectDiffering: false }, adjudicatorId);
    }
  });
}

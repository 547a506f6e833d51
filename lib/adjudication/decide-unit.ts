import type { Prisma } from "../db/generated/client.ts";
import type { ReviewerTag, TagDecision } from "./adjudication-tags.ts";
import { isSameVersion } from "./compare/compare-versions.ts";
import { recordDecision } from "./record-decision.ts";

interface UnitDecision {
  articleId: string;
  unit: readonly ReviewerTag[];
  chosen: ReviewerTag;
  decision: TagDecision;
  /** Whether the unit's other undecided versions that differ from the chosen one are left out of gold. */
  rejectDiffering: boolean;
}

/**
 * Decides the chosen version and, with it, the unit's other undecided versions that are identical to it (the
 * same decision, the same gold tag); differing ones are rejected when asked. Versions already decided stay.
 */
export async function decideUnit(
  tx: Prisma.TransactionClient,
  { articleId, unit, chosen, decision, rejectDiffering }: UnitDecision,
  adjudicatorId: string,
): Promise<void> {
  const rejected: TagDecision = { verdict: "REJECTED", goldAnnotationId: null };
  for (const tag of unit) {
    const same = tag.id === chosen.id || (!tag.decision && isSameVersion(tag, chosen));
    if (same) await recordDecision(tx, tag, decision, adjudicatorId, articleId);
    else if (!tag.decision && rejectDiffering) await recordDecision(tx, tag, rejected, adjudicatorId, articleId);
  }
}

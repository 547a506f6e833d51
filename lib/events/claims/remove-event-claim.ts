import { recordAudit } from "../../audit/record-audit.ts";
import { db } from "../../db/client.ts";
import { plural } from "../../format.ts";
import { EventListError } from "../actors/event-list-error.ts";
import { lockEventList } from "../actors/event-lists.ts";
import { CLAIM_SNAPSHOT } from "./claim-snapshot.ts";

/**
 * Removes a claim no attribution tag carries; while tags do, removal is refused with their count. A claim
 * already gone counts as removed.
 */
export async function removeEventClaim(eventId: string, claimId: string, editorId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    await lockEventList(tx, "event_claims", eventId);
    const claim = await tx.eventClaim.findFirst({
      where: { id: claimId, eventId },
      select: { ...CLAIM_SNAPSHOT, _count: { select: { annotations: true } } },
    });
    if (!claim) return;
    const { _count, ...before } = claim;
    if (_count.annotations > 0)
      throw new EventListError(
        `“${claim.label}” is carried by ${plural(_count.annotations, "tag")}, so it cannot be removed. Retag those passages first, or edit the claim instead.`,
      );
    await tx.eventClaim.delete({ where: { id: claimId } });
    await recordAudit(tx, {
      actorId: editorId,
      action: "event_claim.delete",
      entityType: "event_claim",
      entityId: claimId,
      before: { eventId, ...before },
    });
  });
}

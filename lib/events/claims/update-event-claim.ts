import { recordAudit } from "../../audit/record-audit.ts";
import { db } from "../../db/client.ts";
import { EventListError } from "../actors/event-list-error.ts";
import { lockEventList } from "../actors/event-lists.ts";
import { hasNameClash } from "../actors/name-clash.ts";
import { CLAIM_SNAPSHOT, duplicateClaimMessage } from "./claim-snapshot.ts";
import type { ClaimInput } from "./schemas.ts";

/** Relabels a claim or changes its detail; tags keep pointing at it. */
export async function updateEventClaim(
  eventId: string,
  claimId: string,
  input: ClaimInput,
  editorId: string,
): Promise<void> {
  await db().$transaction(async (tx) => {
    await lockEventList(tx, "event_claims", eventId);
    const before = await tx.eventClaim.findFirst({ where: { id: claimId, eventId }, select: CLAIM_SNAPSHOT });
    if (!before) throw new EventListError("This claim is no longer part of the event; reload the page.");
    if (await hasNameClash(tx, "event_claims", eventId, input.label, claimId))
      throw new EventListError(duplicateClaimMessage(input.label));
    const after = await tx.eventClaim.update({ where: { id: claimId }, data: input, select: CLAIM_SNAPSHOT });
    await recordAudit(tx, {
      actorId: editorId,
      action: "event_claim.update",
      entityType: "event_claim",
      entityId: claimId,
      before,
      after,
    });
  });
}

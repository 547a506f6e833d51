import { recordAudit } from "../../audit/record-audit.ts";
import { db } from "../../db/client.ts";
import { EventListError } from "../actors/event-list-error.ts";
import { lockEventList } from "../actors/event-lists.ts";
import { hasNameClash } from "../actors/name-clash.ts";
import { nextPosition } from "../actors/next-position.ts";
import { CLAIM_SNAPSHOT, duplicateClaimMessage } from "./claim-snapshot.ts";
import type { ClaimInput } from "./schemas.ts";

/** Adds a claim at the end of the event's list; a label the event already has (any case) is refused. */
export async function createEventClaim(eventId: string, input: ClaimInput, editorId: string): Promise<string> {
  return db().$transaction(async (tx) => {
    await lockEventList(tx, "event_claims", eventId);
    if (await hasNameClash(tx, "event_claims", eventId, input.label, null))
      throw new EventListError(duplicateClaimMessage(input.label));
    const position = await nextPosition(tx, "event_claims", eventId);
    const claim = await tx.eventClaim.create({ data: { eventId, ...input, position }, select: CLAIM_SNAPSHOT });
    await recordAudit(tx, {
      actorId: editorId,
      action: "event_claim.create",
      entityType: "event_claim",
      entityId: claim.id,
      after: { eventId, ...claim },
    });
    return claim.id;
  });
}

import { db } from "../../db/client.ts";
import { LIST_ORDER } from "../actors/event-lists.ts";

export interface EventClaimItem {
  id: string;
  label: string;
  detail: string | null;
  /** Attribution tags carrying the claim: while any do, it cannot be removed. */
  tagCount: number;
}

/** The event's key claims in the editors' order, each with how many tags carry it (counted in Postgres). */
export async function listEventClaims(eventId: string): Promise<EventClaimItem[]> {
  const claims = await db().eventClaim.findMany({
    where: { eventId },
    orderBy: LIST_ORDER,
    select: { id: true, label: true, detail: true, _count: { select: { annotations: true } } },
  });
  return claims.map(({ _count, ...claim }) => ({ ...claim, tagCount: _count.annotations }));
}

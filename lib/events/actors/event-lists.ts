import type { Prisma } from "../../db/generated/client.ts";
import { lockUntilCommit } from "../../db/transaction-lock.ts";

/** The two ordered, editor-curated lists an event has; the column is the one that must be unique per event. */
export const EVENT_LISTS = {
  event_actors: { nameColumn: "name" },
  event_claims: { nameColumn: "label" },
} as const;

export type EventList = keyof typeof EVENT_LISTS;

/** Position first; rows created outside the editor (position 0) keep the order they were added in. */
export const LIST_ORDER: { position?: "asc"; createdAt?: "asc"; id?: "asc" }[] = [
  { position: "asc" },
  { createdAt: "asc" },
  { id: "asc" },
];

/**
 * Serializes writes to one event's list until the transaction ends, so two editors cannot both pass the
 * unique-name check or compute the same next position.
 */
export function lockEventList(tx: Prisma.TransactionClient, list: EventList, eventId: string): Promise<void> {
  return lockUntilCommit(tx, [`${list}:${eventId}`]);
}

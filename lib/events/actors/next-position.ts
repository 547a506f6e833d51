import { Prisma } from "../../db/generated/client.ts";
import type { EventList } from "./event-lists.ts";

/** The position that puts a new row at the end of the event's list. */
export async function nextPosition(tx: Prisma.TransactionClient, list: EventList, eventId: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ next: number }[]>`
    SELECT coalesce(max(position) + 1, 0)::int AS next FROM ${Prisma.raw(list)} WHERE event_id = ${eventId}::uuid`;
  return row?.next ?? 0;
}

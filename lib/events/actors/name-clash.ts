import { Prisma } from "../../db/generated/client.ts";
import { EVENT_LISTS, type EventList } from "./event-lists.ts";

/** Whether another row of the event's list already has this name, ignoring case (the unique index does not). */
export async function hasNameClash(
  tx: Prisma.TransactionClient,
  list: EventList,
  eventId: string,
  name: string,
  exceptId: string | null,
): Promise<boolean> {
  const column = Prisma.raw(EVENT_LISTS[list].nameColumn);
  const rows = await tx.$queryRaw<unknown[]>`
    SELECT 1 FROM ${Prisma.raw(list)}
    WHERE event_id = ${eventId}::uuid AND lower(${column}) = lower(${name})
      AND id IS DISTINCT FROM ${exceptId}::uuid
    LIMIT 1`;
  return rows.length > 0;
}

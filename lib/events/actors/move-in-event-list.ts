import { Prisma } from "../../db/generated/client.ts";
import type { EventList } from "./event-lists.ts";

export type Direction = "up" | "down";

export interface Move {
  from: number;
  to: number;
}

/**
 * Swaps a row with its neighbour and renumbers the whole list 0…n-1, which also untangles ties left by
 * rows created outside the editor. Returns null when the row is not in the list or already at that end.
 */
export async function moveInEventList(
  tx: Prisma.TransactionClient,
  list: EventList,
  eventId: string,
  id: string,
  direction: Direction,
): Promise<Move | null> {
  const table = Prisma.raw(list);
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM ${table} WHERE event_id = ${eventId}::uuid ORDER BY position, created_at, id`;
  const ids = rows.map((row) => row.id);
  const from = ids.indexOf(id);
  const to = direction === "up" ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  [ids[from], ids[to]] = [ids[to]!, ids[from]!];
  await tx.$executeRaw`
    UPDATE ${table} SET position = ordered.rank - 1
    FROM unnest(${ids}::uuid[]) WITH ORDINALITY AS ordered(id, rank)
    WHERE ${table}.id = ordered.id`;
  return { from, to };
}

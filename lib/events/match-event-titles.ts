import type { Prisma } from "../db/generated/client.ts";

type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;

export interface NamedEvent {
  id: string;
  title: string;
}

/** How a file names an event: titles match with case and spacing ignored ("Gaza  ceasefire" = "gaza ceasefire"). */
export function eventTitleKey(title: string): string {
  return title.trim().replace(/\s+/g, " ").toLowerCase();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The stored events that rows name, by title (case and spacing ignored) or by id, keyed by
 * eventTitleKey of the name as given. Of two events with the same title, the older one is taken.
 */
export async function findEventsByName(reader: Reader, names: string[]): Promise<Map<string, NamedEvent>> {
  const keys = [...new Set(names.map(eventTitleKey))];
  const ids = keys.filter((key) => UUID.test(key));
  if (keys.length === 0) return new Map();
  const rows = await reader.$queryRaw<(NamedEvent & { key: string })[]>`
    SELECT DISTINCT ON (key) key, id, title FROM (
      SELECT lower(regexp_replace(btrim(title), '\\s+', ' ', 'g')) AS key, id::text, title, created_at FROM events
      WHERE lower(regexp_replace(btrim(title), '\\s+', ' ', 'g')) = ANY(${keys}::text[])
      UNION ALL
      SELECT id::text AS key, id::text, title, created_at FROM events WHERE id::text = ANY(${ids}::text[])
    ) matches
    ORDER BY key, created_at, id`;
  return new Map(rows.map(({ key, id, title }) => [key, { id, title }]));
}

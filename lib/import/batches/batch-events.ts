import { db } from "../../db/client.ts";
import { eventTitleKey, findEventsByName, type NamedEvent } from "../../events/match-event-titles.ts";

/** An event the rows of a batch name, and whether saving will create it. */
export interface NamedBatchEvent {
  name: string;
  key: string;
  existing: NamedEvent | null;
  rows: number;
}

export interface BatchEvents {
  named: NamedBatchEvent[];
  /** Rows that name no event: they go to the event chosen in the confirm form. */
  withoutEvent: number;
}

/** The events a batch's rows name (counted in Postgres), matched to stored events as saving will. */
export async function batchEvents(batchId: string): Promise<BatchEvents> {
  const counts = await db().$queryRaw<{ name: string | null; rows: number }[]>`
    SELECT article->>'event' AS name, count(*)::int AS rows FROM import_rows
    WHERE batch_id = ${batchId}::uuid GROUP BY 1 ORDER BY min(row_number)`;
  const names = counts.flatMap(({ name }) => (name ? [name] : []));
  const existing = await findEventsByName(db(), names);
  const named = new Map<string, NamedBatchEvent>();
  for (const { name, rows } of counts) {
    if (!name) continue;
    const key = eventTitleKey(name);
    const entry = named.get(key) ?? { name, key, existing: existing.get(key) ?? null, rows: 0 };
    entry.rows += rows;
    named.set(key, entry);
  }
  return { named: [...named.values()], withoutEvent: counts.find(({ name }) => !name)?.rows ?? 0 };
}

import type { Prisma } from "../../db/generated/client.ts";
import { lockUntilCommit } from "../../db/transaction-lock.ts";
import { createEvent, dateSpan } from "../../events/create-event.ts";
import { eventTitleKey, findEventsByName } from "../../events/match-event-titles.ts";
import type { ParsedRow } from "../normalized-article.ts";

export class MissingEventError extends Error {
  constructor(readonly row: number) {
    super(`Row ${row} names no event, and none was chosen for such rows. Choose an event and import again.`);
  }
}

/**
 * The event each row is saved to: the one it names (an existing event with that title or id, else a new
 * event spanning its rows' dates), or `defaultEventId` for rows that name none.
 */
export async function assignRowEvents(
  tx: Prisma.TransactionClient,
  rows: ParsedRow[],
  defaultEventId: string | null,
  actorId: string | null,
): Promise<string[]> {
  const named = rows.filter(({ article }) => article.event);
  // Two imports naming the same new event: the second waits, then finds the first one's event.
  await lockUntilCommit(
    tx,
    named.map(({ article }) => `event:${eventTitleKey(article.event!)}`),
  );
  const events = await findEventsByName(
    tx,
    named.map(({ article }) => article.event!),
  );
  for (const [key, group] of groupByEventKey(named)) {
    if (events.has(key)) continue;
    const title = group[0].article.event!;
    const id = await createEvent(tx, { title, ...dateSpan(group.map(({ article }) => article.publishedAt)) }, actorId);
    events.set(key, { id, title });
  }
  return rows.map(({ row, article }) => {
    const eventId = article.event ? events.get(eventTitleKey(article.event))!.id : defaultEventId;
    if (!eventId) throw new MissingEventError(row);
    return eventId;
  });
}

function groupByEventKey(rows: ParsedRow[]): Map<string, ParsedRow[]> {
  const groups = new Map<string, ParsedRow[]>();
  for (const row of rows) {
    const key = eventTitleKey(row.article.event!);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return groups;
}

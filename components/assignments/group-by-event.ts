export interface EventGroup<T> {
  eventId: string | null;
  eventTitle: string | null;
  items: T[];
}

/** Consecutive rows of the same event as one group; the queries return rows ordered event by event. */
export function groupByEvent<T extends { eventId: string | null; eventTitle: string | null }>(
  rows: T[],
): EventGroup<T>[] {
  const groups: EventGroup<T>[] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last && last.eventId === row.eventId) last.items.push(row);
    else groups.push({ eventId: row.eventId, eventTitle: row.eventTitle, items: [row] });
  }
  return groups;
}

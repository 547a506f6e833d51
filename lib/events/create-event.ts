import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import type { Prisma } from "../db/generated/client.ts";

export interface NewEvent {
  title: string;
  /** The span of the coverage, when known (an import passes its articles' first and last dates). */
  startsOn?: Date | null;
  endsOn?: Date | null;
}

/** Creates an event inside the caller's transaction, with its audit entry. */
export async function createEvent(
  tx: Prisma.TransactionClient,
  event: NewEvent,
  actorId: string | null,
): Promise<string> {
  const created = await tx.event.create({ data: { ...event, createdById: actorId } });
  await recordAudit(tx, {
    actorId,
    action: "event.create",
    entityType: "event",
    entityId: created.id,
    after: {
      title: event.title,
      startsOn: event.startsOn?.toISOString() ?? null,
      endsOn: event.endsOn?.toISOString() ?? null,
    },
  });
  return created.id;
}

/** For callers without a transaction of their own (the command-line import). */
export function createStandaloneEvent(event: NewEvent, actorId: string | null = null): Promise<string> {
  return db().$transaction((tx) => createEvent(tx, event, actorId));
}

/** The first and last publication dates of some articles: a new event's default span. */
export function dateSpan(dates: (Date | null)[]): { startsOn: Date | null; endsOn: Date | null } {
  const times = dates.filter((date): date is Date => date !== null).map(Number);
  if (times.length === 0) return { startsOn: null, endsOn: null };
  return { startsOn: new Date(Math.min(...times)), endsOn: new Date(Math.max(...times)) };
}

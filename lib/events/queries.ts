import { db } from "../db/client.ts";

export interface OutletCoverage {
  outletId: string;
  outletName: string;
  articles: number;
  /** Of those, copies of another outlet's story (syndicated wire copy). */
  syndicatedCopies: number;
}

/** Whether a syndicated copy counts for the outlet that reran it, or only once, for the original. */
export type SyndicatedCounting = "per-outlet" | "once";

export interface EventSummary {
  id: string;
  title: string;
  description: string | null;
  startsOn: Date | null;
  endsOn: Date | null;
  totalArticles: number;
  coverage: OutletCoverage[];
}

interface CoverageRow {
  event_id: string;
  title: string;
  description: string | null;
  starts_on: Date | null;
  ends_on: Date | null;
  outlet_id: string | null;
  outlet_name: string | null;
  articles: number;
  syndicated_copies: number;
}

/** Every event with its article count per outlet, counted in Postgres; newest events first. */
export async function listEventsWithCoverage(counting: SyndicatedCounting = "per-outlet"): Promise<EventSummary[]> {
  const rows = await db().$queryRaw<CoverageRow[]>`
    SELECT e.id AS event_id, e.title, e.description, e.starts_on, e.ends_on,
           o.id AS outlet_id, o.name AS outlet_name,
           count(a.id) FILTER (WHERE ${counting === "per-outlet"} OR a.syndicated_from_id IS NULL)::int AS articles,
           count(a.id) FILTER (WHERE a.syndicated_from_id IS NOT NULL)::int AS syndicated_copies
    FROM events e
    LEFT JOIN articles a ON a.event_id = e.id
    LEFT JOIN outlets o ON o.id = a.outlet_id
    GROUP BY e.id, o.id
    ORDER BY e.starts_on DESC NULLS LAST, e.title, e.id, articles DESC, o.name`;
  return groupByEvent(rows);
}

function groupByEvent(rows: CoverageRow[]): EventSummary[] {
  const events = new Map<string, EventSummary>();
  for (const row of rows) {
    const event = events.get(row.event_id) ?? newSummary(row);
    events.set(row.event_id, event);
    if (row.outlet_id && row.outlet_name) {
      event.coverage.push({
        outletId: row.outlet_id,
        outletName: row.outlet_name,
        articles: row.articles,
        syndicatedCopies: row.syndicated_copies,
      });
      event.totalArticles += row.articles;
    }
  }
  return [...events.values()];
}

function newSummary(row: CoverageRow): EventSummary {
  return {
    id: row.event_id,
    title: row.title,
    description: row.description,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    totalArticles: 0,
    coverage: [],
  };
}

export function findEvent(id: string) {
  return db().event.findUnique({ where: { id }, select: { id: true, title: true } });
}

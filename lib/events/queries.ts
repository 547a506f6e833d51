import { db } from "../db/client.ts";

export interface OutletCoverage {
  outletId: string;
  outletName: string;
  /** Articles counted in the chosen mode. */
  articles: number;
  /**
   * Of this outlet's articles, reruns of a story another outlet ran in the same event: part of `articles`
   * when counting per outlet, left out of it when counting once. The same number in both modes.
   */
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
  counting: SyndicatedCounting;
  /** The sum of the coverage rows' `articles`. */
  totalArticles: number;
  /** The sum of the coverage rows' `syndicatedCopies`. */
  totalSyndicatedCopies: number;
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
  total_articles: number;
  total_syndicated_copies: number;
}

/** Every event with its article count per outlet, counted in Postgres; newest events first. */
export async function listEventsWithCoverage(counting: SyndicatedCounting = "per-outlet"): Promise<EventSummary[]> {
  return groupByEvent(await coverageRows(counting, null), counting);
}

/** One event with its coverage, counted exactly as the events list counts it; null if there is none. */
export async function findEventSummary(eventId: string, counting: SyndicatedCounting): Promise<EventSummary | null> {
  return groupByEvent(await coverageRows(counting, eventId), counting)[0] ?? null;
}

// A copy is left out when counting once only if its original is in the same event: a copy whose original
// was filed under another event is this event's only telling of the story. Totals are window sums of the
// same counts, so the header, the rows and the totals cannot disagree.
function coverageRows(counting: SyndicatedCounting, eventId: string | null) {
  return db().$queryRaw<CoverageRow[]>`
    WITH per_outlet AS (
      SELECT e.id AS event_id, e.title, e.description, e.starts_on, e.ends_on,
             o.id AS outlet_id, o.name AS outlet_name,
             count(a.id)::int AS all_articles,
             count(original.id)::int AS syndicated_copies
      FROM events e
      LEFT JOIN articles a ON a.event_id = e.id
      LEFT JOIN articles original ON original.id = a.syndicated_from_id AND original.event_id = e.id
      LEFT JOIN outlets o ON o.id = a.outlet_id
      WHERE ${eventId}::uuid IS NULL OR e.id = ${eventId}::uuid
      GROUP BY e.id, o.id
    ), counted AS (
      SELECT *, all_articles - CASE WHEN ${counting === "once"} THEN syndicated_copies ELSE 0 END AS articles
      FROM per_outlet
    )
    SELECT *,
           (sum(articles) OVER (PARTITION BY event_id))::int AS total_articles,
           (sum(syndicated_copies) OVER (PARTITION BY event_id))::int AS total_syndicated_copies
    FROM counted
    ORDER BY starts_on DESC NULLS LAST, title, event_id, articles DESC, outlet_name`;
}

function groupByEvent(rows: CoverageRow[], counting: SyndicatedCounting): EventSummary[] {
  const events = new Map<string, EventSummary>();
  for (const row of rows) {
    const event = events.get(row.event_id) ?? newSummary(row, counting);
    events.set(row.event_id, event);
    if (row.outlet_id && row.outlet_name) {
      event.coverage.push({
        outletId: row.outlet_id,
        outletName: row.outlet_name,
        articles: row.articles,
        syndicatedCopies: row.syndicated_copies,
      });
    }
  }
  return [...events.values()];
}

function newSummary(row: CoverageRow, counting: SyndicatedCounting): EventSummary {
  return {
    id: row.event_id,
    title: row.title,
    description: row.description,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    counting,
    totalArticles: row.total_articles,
    totalSyndicatedCopies: row.total_syndicated_copies,
    coverage: [],
  };
}

export function findEvent(id: string) {
  return db().event.findUnique({ where: { id }, select: { id: true, title: true } });
}

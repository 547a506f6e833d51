import { db } from "../db/client.ts";

export interface EventSuggestion {
  id: string;
  title: string;
  articles: number;
  score: number;
}

const MAX_TERMS = 40;
const DATE_WINDOW_DAYS = 7;

/**
 * Existing events that the given articles probably belong to: full-text similarity of titles (the
 * event's and its articles') in Postgres, boosted when the event's dates lie near the articles' dates.
 */
export async function suggestEvents(
  articles: { title: string; publishedAt: Date | null }[],
  limit = 5,
): Promise<EventSuggestion[]> {
  const terms = searchTerms(articles.map((article) => article.title));
  if (terms.length === 0) return [];
  const dates = articles.map((article) => article.publishedAt).filter((date): date is Date => date !== null);
  const from = dates.length ? new Date(Math.min(...dates.map(Number))) : null;
  const to = dates.length ? new Date(Math.max(...dates.map(Number))) : null;
  return db().$queryRaw<EventSuggestion[]>`
    WITH candidates AS (
      SELECT e.id, e.title, count(a.id)::int AS articles,
             ts_rank(to_tsvector('english', e.title || ' ' || coalesce(e.description, '') || ' ' || coalesce(string_agg(a.title, ' '), '')),
                     to_tsquery('english', ${terms.join(" | ")})) AS text_score,
             (${from}::timestamptz IS NOT NULL AND (
                coalesce(e.starts_on, min(a.published_at)::date) <= (${to}::timestamptz + make_interval(days => ${DATE_WINDOW_DAYS}))::date
                AND coalesce(e.ends_on, max(a.published_at)::date) >= (${from}::timestamptz - make_interval(days => ${DATE_WINDOW_DAYS}))::date
             )) AS near_in_time
      FROM events e LEFT JOIN articles a ON a.event_id = e.id
      GROUP BY e.id
    )
    SELECT id, title, articles, (text_score * CASE WHEN near_in_time THEN 2 ELSE 1 END)::float AS score
    FROM candidates WHERE text_score > 0
    ORDER BY score DESC, title LIMIT ${limit}`;
}

function searchTerms(titles: string[]): string[] {
  const words =
    titles
      .join(" ")
      .toLowerCase()
      .match(/[\p{L}\p{N}]{4,}/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_TERMS);
}

export function listEventChoices() {
  return db().event.findMany({
    orderBy: [{ startsOn: { sort: "desc", nulls: "last" } }, { title: "asc" }],
    select: { id: true, title: true },
  });
}

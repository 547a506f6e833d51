import { db } from "../db/client.ts";

export interface EventSuggestion {
  id: string;
  title: string;
  articles: number;
  /** Words of the imported titles found in the event's title, description or article titles. */
  sharedWords: string[];
  /** Days between the import's publication dates and the event's span; 0 when they overlap, null when undated. */
  daysApart: number | null;
  /** Clears the relevance threshold (RELEVANCE below), so the import form may pre-select it. */
  relevant: boolean;
}

/**
 * The threshold for pre-selecting an event, as the README documents it: the event shares at least
 * `minSharedWords` distinct significant words (English stems, stop words ignored) with the imported
 * titles, and its dates lie within `maxDaysApart` days of the articles' publication dates. Anything
 * less is only offered, never pre-selected: one click must not misfile a batch.
 */
export const RELEVANCE = { minSharedWords: 3, maxDaysApart: 3 } as const;

const MAX_TERMS = 60;

interface SuggestionRow {
  id: string;
  title: string;
  articles: number;
  shared_words: string[];
  days_apart: number | null;
}

/** Existing events the given articles may belong to, the most relevant first, each with why. */
export async function suggestEvents(
  articles: { title: string; publishedAt: Date | null }[],
  limit = 5,
): Promise<EventSuggestion[]> {
  const terms = searchTerms(articles.map((article) => article.title));
  if (terms.length === 0) return [];
  const times = articles.flatMap((article) => (article.publishedAt ? [article.publishedAt.getTime()] : []));
  const from = times.length ? new Date(Math.min(...times)) : null;
  const to = times.length ? new Date(Math.max(...times)) : null;
  const rows = await db().$queryRaw<SuggestionRow[]>`
    WITH terms AS (
      SELECT DISTINCT ON (query::text) word, query
      FROM unnest(${terms}::text[]) AS word, plainto_tsquery('english', word) AS query
      WHERE numnode(query) > 0
    ), candidates AS (
      SELECT e.id, e.title, count(a.id)::int AS articles,
             to_tsvector('english', e.title || ' ' || coalesce(e.description, '') || ' ' || coalesce(string_agg(a.title, ' '), '')) AS document,
             coalesce(e.starts_on, min(a.published_at)::date) AS starts_on,
             coalesce(e.ends_on, max(a.published_at)::date, e.starts_on) AS ends_on
      FROM events e LEFT JOIN articles a ON a.event_id = e.id
      GROUP BY e.id
    ), scored AS (
      SELECT id, title, articles,
             array(SELECT word FROM terms WHERE document @@ terms.query ORDER BY word) AS shared_words,
             CASE WHEN ${from}::timestamptz IS NULL OR starts_on IS NULL THEN NULL
                  ELSE greatest(starts_on - ${to}::timestamptz::date, ${from}::timestamptz::date - ends_on, 0) END AS days_apart
      FROM candidates
    )
    SELECT * FROM scored WHERE cardinality(shared_words) > 0`;
  return rows.map(toSuggestion).sort(byRelevance).slice(0, limit);
}

function toSuggestion(row: SuggestionRow): EventSuggestion {
  const relevant =
    row.shared_words.length >= RELEVANCE.minSharedWords &&
    row.days_apart !== null &&
    row.days_apart <= RELEVANCE.maxDaysApart;
  return {
    id: row.id,
    title: row.title,
    articles: row.articles,
    sharedWords: row.shared_words,
    daysApart: row.days_apart,
    relevant,
  };
}

function byRelevance(a: EventSuggestion, b: EventSuggestion): number {
  return (
    Number(b.relevant) - Number(a.relevant) ||
    b.sharedWords.length - a.sharedWords.length ||
    (a.daysApart ?? Infinity) - (b.daysApart ?? Infinity) ||
    a.title.localeCompare(b.title)
  );
}

function searchTerms(titles: string[]): string[] {
  const words =
    titles
      .join(" ")
      .toLowerCase()
      .match(/[\p{L}\p{N}]{3,}/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_TERMS);
}

export function listEventChoices() {
  return db().event.findMany({
    orderBy: [{ startsOn: { sort: "desc", nulls: "last" } }, { title: "asc" }],
    select: { id: true, title: true },
  });
}

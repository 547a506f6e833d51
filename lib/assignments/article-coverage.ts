import { db } from "../db/client.ts";
import { DEFAULT_REVIEWERS_PER_ARTICLE } from "./assign-input.ts";

export interface ArticleCoverage {
  articles: number;
  /** Articles nobody is assigned to. */
  unassigned: number;
  /** Articles with at least the default number of reviewers, enough to measure agreement. */
  covered: number;
}

/** How far the event's articles are from having their reviewers, counted in Postgres. */
export async function countArticleCoverage(eventId: string): Promise<ArticleCoverage> {
  const [coverage] = await db().$queryRaw<ArticleCoverage[]>`
    SELECT count(*)::int AS articles,
           count(*) FILTER (WHERE reviewers = 0)::int AS unassigned,
           count(*) FILTER (WHERE reviewers >= ${DEFAULT_REVIEWERS_PER_ARTICLE})::int AS covered
    FROM (
      SELECT (SELECT count(*) FROM assignments s WHERE s.article_id = a.id) AS reviewers
      FROM articles a WHERE a.event_id = ${eventId}::uuid
    ) per_article`;
  return coverage!;
}

import { countedSql } from "../analytics/counted-sql.ts";
import type { CompareFilters } from "../analytics/filters.ts";
import { db } from "../db/client.ts";

export interface ReportCoders {
  /** Each reviewer with the articles in scope they submitted, most first. */
  reviewers: { name: string; submitted: number }[];
  /** Articles in scope with a completed adjudication, and who adjudicated how many. */
  adjudicated: number;
  adjudicators: { name: string; articles: number }[];
  /** Codebook versions of the counted tags, oldest first. */
  versions: number[];
}

/** Who coded the report's articles and under which codebook versions, counted over the filters' scope. */
export async function listReportCoders(eventId: string, filters: CompareFilters): Promise<ReportCoders> {
  const counted = countedSql(eventId, filters);
  const [reviewers, adjudicators, versions] = await Promise.all([
    db().$queryRaw<{ name: string; submitted: number }[]>`
      WITH ${counted}
      SELECT u.name, count(*)::int AS submitted
      FROM submitted s JOIN users u ON u.id = s.reviewer_id
      GROUP BY u.id, u.name ORDER BY submitted DESC, u.name`,
    db().$queryRaw<{ name: string; articles: number }[]>`
      WITH ${counted}
      SELECT u.name, count(*)::int AS articles
      FROM scope_articles sa
      JOIN adjudications g ON g.article_id = sa.article_id AND g.completed_at IS NOT NULL
      JOIN users u ON u.id = g.adjudicator_id
      GROUP BY u.id, u.name ORDER BY articles DESC, u.name`,
    db().$queryRaw<{ version: number }[]>`
      WITH ${counted}
      SELECT DISTINCT v.version
      FROM counted_tags t
      JOIN annotations a ON a.id = t.id
      JOIN codebook_categories c ON c.id = a.category_id
      JOIN codebook_versions v ON v.id = c.version_id
      ORDER BY v.version`,
  ]);
  return {
    reviewers,
    adjudicated: adjudicators.reduce((sum, row) => sum + row.articles, 0),
    adjudicators,
    versions: versions.map((row) => row.version),
  };
}

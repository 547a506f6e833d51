import { db } from "../db/client.ts";
import { Prisma } from "../db/generated/client.ts";
import { HEADLINE_MARKS } from "./headline.ts";
import { articleFiltersSql, type ArticleSearch, type ArticleSort } from "./search-filters.ts";

export const ARTICLES_PAGE_SIZE = 100;

export interface ArticleListRow {
  id: string;
  title: string;
  byline: string | null;
  published_at: Date | null;
  imported_at: Date;
  word_count: number;
  outlet_id: string;
  outlet_name: string;
  event_id: string | null;
  event_title: string | null;
  /** The original this article is a syndicated copy of, and its outlet. */
  copied_from_id: string | null;
  copied_from_outlet: string | null;
  /** With a search: passages of the text around the matches, each match between HEADLINE_MARKS. */
  snippet: string | null;
}

export interface ArticleListPage {
  total: number;
  /** The page shown: the one asked for, or the last page when that is past the end. */
  page: number;
  pages: number;
  rows: ArticleListRow[];
}

const HEADLINE_OPTIONS = `StartSel=${HEADLINE_MARKS.start}, StopSel=${HEADLINE_MARKS.stop}, MaxFragments=2, MaxWords=30, MinWords=15, FragmentDelimiter=" … "`;

const ORDER: Record<ArticleSort, Prisma.Sql> = {
  published: Prisma.sql`a.published_at DESC NULLS LAST, a.imported_at DESC, a.id DESC`,
  imported: Prisma.sql`a.imported_at DESC, a.id DESC`,
};

/** One page of the articles list: filtered, searched and counted in Postgres. */
export async function searchArticles({ page, ...filters }: ArticleSearch): Promise<ArticleListPage> {
  const where = articleFiltersSql(filters);
  const [{ total }] = await db().$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM articles a WHERE ${where}`;
  const pages = Math.max(1, Math.ceil(total / ARTICLES_PAGE_SIZE));
  const shown = Math.min(page, pages);
  const order = ORDER[filters.sort];
  // Headlines are costly (they re-parse the text): the inner query picks the page, the outer one marks it.
  const rows = await db().$queryRaw<ArticleListRow[]>`
    SELECT a.id, a.title, a.byline, a.published_at, a.imported_at, a.word_count, a.outlet_id,
           o.name AS outlet_name, a.event_id, e.title AS event_title,
           a.syndicated_from_id AS copied_from_id, source_outlet.name AS copied_from_outlet,
           CASE WHEN ${filters.q ?? null}::text IS NULL THEN NULL
                ELSE ts_headline('english', a.body_text, websearch_to_tsquery('english', ${filters.q ?? null}), ${HEADLINE_OPTIONS})
           END AS snippet
    FROM (
      SELECT a.id, a.title, a.byline, a.published_at, a.imported_at, a.word_count, a.outlet_id, a.event_id,
             a.syndicated_from_id, a.body_text
      FROM articles a WHERE ${where} ORDER BY ${order}
      LIMIT ${ARTICLES_PAGE_SIZE} OFFSET ${(shown - 1) * ARTICLES_PAGE_SIZE}
    ) a
    JOIN outlets o ON o.id = a.outlet_id
    LEFT JOIN events e ON e.id = a.event_id
    LEFT JOIN articles source ON source.id = a.syndicated_from_id
    LEFT JOIN outlets source_outlet ON source_outlet.id = source.outlet_id
    ORDER BY ${order}`;
  return { total, page: shown, pages, rows };
}

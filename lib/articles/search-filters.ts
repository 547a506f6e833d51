import { z } from "zod";
import { Prisma } from "../db/generated/client.ts";

export const ARTICLE_SORTS = ["published", "imported"] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

const isoDay = z.iso
  .date()
  .optional()
  .catch(() => undefined);

/**
 * The articles list's GET parameters. Each is read on its own and a value that makes no sense is
 * dropped, so a mangled link still shows a list rather than an error.
 */
export const articleSearchSchema = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((text) => text || undefined)
    .catch(() => undefined),
  event: z
    .union([z.uuid(), z.literal("none")])
    .optional()
    .catch(() => undefined),
  outlet: z
    .uuid()
    .optional()
    .catch(() => undefined),
  from: isoDay,
  to: isoDay,
  sort: z.enum(ARTICLE_SORTS).catch("published"),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
});

type Parsed = z.output<typeof articleSearchSchema>;
/** What the list is narrowed to and how it is sorted; a filter left out is not applied. */
export type ArticleFilters = Partial<Omit<Parsed, "sort" | "page">> & Pick<Parsed, "sort">;
export type ArticleSearch = ArticleFilters & { page: number };

/**
 * The WHERE clause of a search, as bound parameters. The text condition repeats the expression of the
 * articles_search_idx GIN index exactly, or Postgres would not use the index.
 */
export function articleFiltersSql(filters: ArticleFilters): Prisma.Sql {
  const conditions = [
    filters.q &&
      Prisma.sql`to_tsvector('english', a."title" || ' ' || a."body_text") @@ websearch_to_tsquery('english', ${filters.q})`,
    filters.event === "none" && Prisma.sql`a.event_id IS NULL`,
    filters.event && filters.event !== "none" && Prisma.sql`a.event_id = ${filters.event}::uuid`,
    filters.outlet && Prisma.sql`a.outlet_id = ${filters.outlet}::uuid`,
    // Days are UTC days, as the app shows dates; "to" includes its whole day.
    filters.from && Prisma.sql`a.published_at >= (${filters.from}::date::timestamp AT TIME ZONE 'UTC')`,
    filters.to && Prisma.sql`a.published_at < ((${filters.to}::date + 1)::timestamp AT TIME ZONE 'UTC')`,
  ].filter((condition): condition is Prisma.Sql => Boolean(condition));
  return conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}

/** The list's address for these filters, so paging and sorting keep them. */
export function articleSearchHref(search: ArticleFilters & { page?: number }): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(search)) {
    if (value === undefined || (name === "sort" && value === "published") || (name === "page" && value === 1)) continue;
    params.set(name, String(value));
  }
  const query = params.toString();
  return query ? `/articles?${query}` : "/articles";
}

/** Whether anything narrows the list (the sort order does not). */
export function hasFilters(filters: ArticleFilters): boolean {
  return Boolean(filters.q || filters.event || filters.outlet || filters.from || filters.to);
}

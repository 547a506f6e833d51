import type { Metadata } from "next";
import Link from "next/link";
import { ArticleFiltersForm } from "@/components/articles/article-filters";
import { ArticlesTable } from "@/components/articles/articles-table";
import { ListPager } from "@/components/articles/list-pager";
import { EmptyState } from "@/components/ui/empty-state";
import { searchArticles } from "@/lib/articles/search-articles";
import { articleSearchHref, articleSearchSchema, hasFilters, type ArticleSearch } from "@/lib/articles/search-filters";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { listEventChoices } from "@/lib/events/suggest-events";
import { formatCount } from "@/lib/format";
import { listOutletsWithArticleCounts } from "@/lib/outlets/queries";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage(props: { searchParams: Promise<Record<string, string | string[]>> }) {
  await requireRole(ACCESS.articles, "/articles");
  const search = articleSearchSchema.parse(await props.searchParams);
  const [result, events, outlets] = await Promise.all([
    searchArticles(search),
    listEventChoices(),
    listOutletsWithArticleCounts(),
  ]);
  return (
    <>
      <header className="page-header">
        <h1>Articles</h1>
        <p className="muted">
          Everything imported, from every outlet. Search the text, or narrow by event, outlet and date.
        </p>
      </header>
      <ArticleFiltersForm
        filters={search}
        events={events.map((event) => ({ id: event.id, label: event.title }))}
        outlets={outlets.map((outlet) => ({ id: outlet.id, label: `${outlet.name} (${outlet._count.articles})` }))}
      />
      {result.total === 0 ? (
        <NoArticles search={search} />
      ) : (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" data-testid="results-summary">
            {resultSummary(search, result.total)} · Page {result.page} of {result.pages}
          </h2>
          <ArticlesTable rows={result.rows} />
          <ListPager
            label="Article pages"
            page={result.page}
            pages={result.pages}
            hrefFor={(page) => articleSearchHref({ ...search, page })}
          />
        </section>
      )}
    </>
  );
}

function resultSummary(search: ArticleSearch, total: number): string {
  const count = `${formatCount(total)} ${total === 1 ? "article" : "articles"}`;
  const order = search.sort === "imported" ? "newest imported first" : "newest published first";
  return `${count}${hasFilters(search) ? (total === 1 ? " matches" : " match") : ""}, ${order}`;
}

function NoArticles({ search }: { search: ArticleSearch }) {
  if (hasFilters(search))
    return (
      <EmptyState title="No articles match">
        <p>
          Try fewer words or a wider date range, or <Link href="/articles">clear the filters</Link>.
        </p>
      </EmptyState>
    );
  return (
    <EmptyState title="No articles yet">
      <p>Articles appear here once a reviewer imports coverage of an event.</p>
    </EmptyState>
  );
}

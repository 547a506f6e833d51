import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { listRecentArticles } from "@/lib/articles/queries";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { formatDate } from "@/lib/format";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage() {
  await requireRole(ACCESS.articles, "/articles");
  const articles = await listRecentArticles();
  if (articles.length === 0) {
    return (
      <EmptyState title="No articles yet">
        <p>Articles appear here once a reviewer imports coverage of an event.</p>
      </EmptyState>
    );
  }
  return (
    <>
      <header className="page-header">
        <h1>Articles</h1>
        <p className="muted">The most recent {articles.length} articles, newest first.</p>
      </header>
      <DataTable
        columns={[
          { label: "Title" },
          { label: "Outlet" },
          { label: "Event" },
          { label: "Published" },
          { label: "Words", numeric: true },
        ]}
      >
        {articles.map((article) => (
          <tr key={article.id}>
            <td>
              {article.title}
              {article.byline && <div className="muted small">{article.byline}</div>}
              {article.syndicatedFrom && (
                <div className="muted small">Syndicated copy of {article.syndicatedFrom.outlet.name}&apos;s story</div>
              )}
            </td>
            <td>{article.outlet.name}</td>
            <td>{article.event?.title ?? <span className="muted">Not assigned</span>}</td>
            <td>{formatDate(article.publishedAt)}</td>
            <td className="numeric">{article.wordCount}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}

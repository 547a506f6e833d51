import Link from "next/link";
import type { EventArticle } from "@/lib/events/event-articles";
import type { OutletCoverage, SyndicatedCounting } from "@/lib/events/queries";
import { formatDate, plural } from "@/lib/format";
import { ArticleLink } from "../articles/article-link";
import { DataTable } from "../ui/data-table";
import { ArticleCheckbox, OutletCheckbox } from "./article-selection";
import styles from "./outlet-articles.module.css";

/** One outlet's articles in the event; with `selectable`, checkboxes for moving them (inside a MoveArticlesForm). */
export function OutletArticles(props: {
  coverage: OutletCoverage;
  articles: EventArticle[];
  counting: SyndicatedCounting;
  selectable: boolean;
}) {
  const { coverage, articles, selectable } = props;
  const headingId = `outlet-${coverage.outletId}`;
  return (
    <section className={styles.outlet} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {selectable && (
          <OutletCheckbox articleIds={articles.map((article) => article.id)} outletName={coverage.outletName} />
        )}
        <bdi>{coverage.outletName}</bdi>
        <span className="muted small">{countLine(coverage, props.counting)}</span>
      </h3>
      <DataTable
        label={`Articles from ${coverage.outletName}`}
        columns={[
          ...(selectable ? [{ label: "Move" }] : []),
          { label: "Title" },
          { label: "Published" },
          { label: "Words", numeric: true },
        ]}
      >
        {articles.map((article) => (
          <tr key={article.id}>
            {selectable && (
              <td className={styles.pick}>
                <ArticleCheckbox articleId={article.id} title={article.title} />
              </td>
            )}
            <td className={styles.title}>
              <ArticleLink article={article} />
              {article.byline && (
                <div className="muted small">
                  <bdi>{article.byline}</bdi>
                </div>
              )}
              {article.syndicatedFrom && (
                <div className="muted small">
                  Syndicated copy of{" "}
                  <Link href={`/articles/${article.syndicatedFrom.id}`}>
                    <bdi>{article.syndicatedFrom.outlet.name}</bdi>&apos;s story
                  </Link>
                </div>
              )}
            </td>
            <td className={styles.date}>{formatDate(article.publishedAt)}</td>
            <td className={`numeric ${styles.words}`}>{article.wordCount}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

function countLine({ articles, syndicatedCopies }: OutletCoverage, counting: SyndicatedCounting): string {
  if (!syndicatedCopies) return plural(articles, "article");
  return counting === "once"
    ? `${articles} counted, ${plural(syndicatedCopies, "syndicated copy", "syndicated copies")} not counted`
    : `${plural(articles, "article")}, ${syndicatedCopies} of them syndicated`;
}

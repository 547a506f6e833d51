import type { ArticleDetails } from "@/lib/articles/find-article";
import { formatDate, formatPercent } from "@/lib/format";
import { ArticleLink } from "./article-link";
import styles from "./article-page.module.css";

interface Linked {
  id: string;
  title: string;
  publishedAt: Date | null;
  outlet: { name: string };
}

/** The story this article reran, and the outlets that reran this one, with how alike the texts are. */
export function ArticleSyndication({ article }: { article: ArticleDetails }) {
  const { syndicatedFrom, syndicatedCopies } = article;
  return (
    <section className="card" aria-labelledby="syndication-heading">
      <h2 id="syndication-heading">Syndication</h2>
      {!syndicatedFrom && syndicatedCopies.length === 0 && (
        <p className="muted">Not a syndicated copy of another outlet&apos;s story, and not rerun by another outlet.</p>
      )}
      {syndicatedFrom && (
        <>
          <p>A syndicated copy of:</p>
          <ul className={styles.links}>
            <LinkedItem article={syndicatedFrom} similarity={article.syndicationSimilarity} />
          </ul>
        </>
      )}
      {syndicatedCopies.length > 0 && (
        <>
          <p>
            Copied by {syndicatedCopies.length === 1 ? "another outlet" : `${syndicatedCopies.length} other outlets`}:
          </p>
          <ul className={styles.links}>
            {syndicatedCopies.map((copy) => (
              <LinkedItem key={copy.id} article={copy} similarity={copy.syndicationSimilarity} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function LinkedItem({ article, similarity }: { article: Linked; similarity: number | null }) {
  return (
    <li>
      <ArticleLink article={article} />
      <div className="muted small">
        <bdi>{article.outlet.name}</bdi> · {formatDate(article.publishedAt)} · {formatPercent(similarity)} similar
      </div>
    </li>
  );
}

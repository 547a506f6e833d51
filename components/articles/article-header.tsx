import type { ArticleDetails } from "@/lib/articles/find-article";
import { languageName } from "@/lib/articles/language";
import { formatCount, formatDate } from "@/lib/format";
import { EventLink } from "../events/event-link";
import styles from "./article-page.module.css";
import { SourceLink } from "./source-link";

export function ArticleHeader({ article, lang }: { article: ArticleDetails; lang: string | undefined }) {
  const language = languageName(article.language);
  return (
    <header className="page-header">
      <p className="small muted">
        {article.event ? (
          <>
            Event: <EventLink event={article.event} />
          </>
        ) : (
          "Not filed under an event"
        )}
      </p>
      <h1 className={styles.title} lang={lang} dir="auto">
        {article.title}
      </h1>
      <ul className={`${styles.meta} muted`} aria-label="Article details">
        <li>
          <bdi>{article.outlet.name}</bdi>
        </li>
        {article.byline && (
          <li>
            <bdi>{article.byline}</bdi>
          </li>
        )}
        <li>
          {article.publishedAt ? (
            <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time>
          ) : (
            "No publication date"
          )}
        </li>
        {language && <li>{language}</li>}
        <li>{formatCount(article.wordCount)} words</li>
        <li>
          <SourceLink url={article.canonicalUrl} />
        </li>
      </ul>
    </header>
  );
}

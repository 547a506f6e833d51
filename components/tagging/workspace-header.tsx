import Link from "next/link";
import type { WorkspaceArticle } from "@/lib/annotations/queries/workspace-article";
import { formatDate } from "@/lib/format";
import styles from "./workspace-header.module.css";

/** Which article is being tagged: enough to cite it, and the way to its full page. */
export function WorkspaceHeader({ article, lang }: { article: WorkspaceArticle; lang: string | undefined }) {
  return (
    <header className="page-header">
      <p className="small muted">Tagging</p>
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
        <li>
          <Link href={`/articles/${article.id}`}>Article page</Link>
        </li>
      </ul>
    </header>
  );
}

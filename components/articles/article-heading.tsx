import type { ReactNode } from "react";
import { formatDate } from "@/lib/format";
import styles from "./article-heading.module.css";

export interface HeadedArticle {
  title: string;
  outlet: { name: string };
  byline: string | null;
  publishedAt: Date | null;
}

/** An article's title and who published it when; pages add their own facts to the list as children. */
export function ArticleHeading(props: { article: HeadedArticle; lang: string | undefined; children?: ReactNode }) {
  const { article } = props;
  return (
    <>
      <h1 className={styles.title} lang={props.lang} dir="auto">
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
        {props.children}
      </ul>
    </>
  );
}

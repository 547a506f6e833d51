import type { ArticleDetails } from "@/lib/articles/find-article";
import { languageName } from "@/lib/articles/language";
import { formatCount } from "@/lib/format";
import { EventLink } from "../events/event-link";
import { ArticleHeading } from "./article-heading";
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
      <ArticleHeading article={article} lang={lang}>
        {language && <li>{language}</li>}
        <li>{formatCount(article.wordCount)} words</li>
        <li>
          <SourceLink url={article.canonicalUrl} />
        </li>
      </ArticleHeading>
    </header>
  );
}

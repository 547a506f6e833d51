import Link from "next/link";
import type { WorkspaceArticle } from "@/lib/annotations/queries/workspace-article";
import { ArticleHeading } from "../articles/article-heading";

/** Which article is being tagged: enough to cite it, and the way to its full page. */
export function WorkspaceHeader({ article, lang }: { article: WorkspaceArticle; lang: string | undefined }) {
  return (
    <header className="page-header">
      <p className="small muted">Tagging</p>
      <ArticleHeading article={article} lang={lang}>
        <li>
          <Link href={`/articles/${article.id}`}>Article page</Link>
        </li>
      </ArticleHeading>
    </header>
  );
}

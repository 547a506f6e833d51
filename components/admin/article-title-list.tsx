import Link from "next/link";

/** Articles named in a merge plan, each linked so the admin can check it first. */
export function ArticleTitleList({
  articles,
  className,
}: {
  articles: { id: string; title: string }[];
  className?: string;
}) {
  return (
    <ul className={className}>
      {articles.map((article) => (
        <li key={article.id}>
          <Link href={`/articles/${article.id}`}>{article.title}</Link>
        </li>
      ))}
    </ul>
  );
}

import Link from "next/link";

/** An article's title, linking to its page; <bdi> keeps right-to-left or override characters inside it. */
export function ArticleLink({ article }: { article: { id: string; title: string } }) {
  return (
    <Link href={`/articles/${article.id}`}>
      <bdi>{article.title}</bdi>
    </Link>
  );
}

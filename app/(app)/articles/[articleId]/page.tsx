import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ArticleHeader } from "@/components/articles/article-header";
import styles from "@/components/articles/article-page.module.css";
import { ArticleProvenance } from "@/components/articles/article-provenance";
import { ArticleSyndication } from "@/components/articles/article-syndication";
import { ArticleText } from "@/components/articles/article-text";
import { findArticle } from "@/lib/articles/find-article";
import { languageTag } from "@/lib/articles/language";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS, canAccess } from "@/lib/auth/roles";

type Props = {
  params: Promise<{ articleId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const paramsSchema = z.object({ articleId: z.uuid() });

// ?passage=<start>-<end> (UTF-16 offsets): a passage opened from a comparison, highlighted in the text.
const highlightSchema = z
  .string()
  .regex(/^\d{1,9}-\d{1,9}$/)
  .transform((value) => {
    const [start, end] = value.split("-").map(Number);
    return { start, end };
  })
  .refine((span) => span.start < span.end);

async function articleFor(props: Props) {
  const params = paramsSchema.safeParse(await props.params);
  return params.success ? findArticle(params.data.articleId) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { articleId } = await props.params;
  await requireRole(ACCESS.articles, `/articles/${encodeURIComponent(articleId)}`);
  return { title: (await articleFor(props))?.title ?? "Article not found" };
}

export default async function ArticlePage(props: Props) {
  const { articleId } = await props.params;
  const user = await requireRole(ACCESS.articles, `/articles/${encodeURIComponent(articleId)}`);
  const article = await articleFor(props);
  if (!article) notFound();
  const lang = languageTag(article.language);
  const highlight = highlightSchema.safeParse((await props.searchParams).passage);
  return (
    <>
      <ArticleHeader article={article} lang={lang} />
      <div className={styles.layout}>
        <article className="card" aria-label="Article text">
          <ArticleText bodyText={article.bodyText} lang={lang} highlight={highlight.success ? highlight.data : null} />
        </article>
        <aside className={styles.aside} aria-label="About this article">
          <ArticleSyndication article={article} />
          <ArticleProvenance article={article} linkBatch={canAccess(user.role, "import")} />
        </aside>
      </div>
    </>
  );
}

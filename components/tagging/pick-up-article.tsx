import { ArticleText } from "@/components/articles/article-text";
import styles from "./side-panel.module.css";

interface PickUpArticleProps {
  body: string;
  lang: string | undefined;
  pickUp: () => Promise<void>;
}

/** An article outside the reviewer's queue: the button that takes it on, and its text to read first. */
export function PickUpArticle({ body, lang, pickUp }: PickUpArticleProps) {
  return (
    <>
      <form action={pickUp} className={styles.pickUp}>
        <p>This article is not in your queue. Pick it up to tag it; it then counts as one of your assignments.</p>
        <button type="submit">Pick up this article</button>
      </form>
      <div className="card">
        <ArticleText bodyText={body} lang={lang} />
      </div>
    </>
  );
}

import { paragraphsOf } from "@/lib/articles/paragraphs";
import styles from "./article-page.module.css";

/** The stored body as paragraphs; each paragraph finds its own direction, so Arabic or Hebrew reads right. */
export function ArticleText({ bodyText, lang }: { bodyText: string; lang: string | undefined }) {
  return (
    <div className={styles.text} lang={lang} data-testid="article-text">
      {paragraphsOf(bodyText).map((paragraph, index) => (
        <p key={index} dir="auto">
          {paragraph}
        </p>
      ))}
    </div>
  );
}

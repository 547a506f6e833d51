import type { ReactNode } from "react";
import { paragraphsOf } from "@/lib/articles/paragraphs";
import styles from "./article-page.module.css";

/** A span of the body in UTF-16 offsets (as tags store them) to mark, say a passage opened from a comparison. */
export interface TextHighlight {
  start: number;
  end: number;
}

/**
 * The stored body as paragraphs; each paragraph finds its own direction, so Arabic or Hebrew reads right. A
 * highlight is marked where it falls, its first part with id "passage" so the link's #passage scrolls to it.
 */
export function ArticleText(props: { bodyText: string; lang: string | undefined; highlight?: TextHighlight | null }) {
  const { bodyText, lang, highlight } = props;
  let cursor = 0;
  return (
    <div className={styles.text} lang={lang} data-testid="article-text">
      {paragraphsOf(bodyText).map((paragraph, index) => {
        const offset = bodyText.indexOf(paragraph, cursor);
        cursor = offset + paragraph.length;
        return (
          <p key={index} dir="auto">
            {highlight ? marked(paragraph, offset, highlight) : paragraph}
          </p>
        );
      })}
    </div>
  );
}

function marked(paragraph: string, offset: number, highlight: TextHighlight): ReactNode {
  const from = Math.max(highlight.start - offset, 0);
  const to = Math.min(highlight.end - offset, paragraph.length);
  if (from >= to) return paragraph;
  return (
    <>
      {paragraph.slice(0, from)}
      <mark id={highlight.start >= offset ? "passage" : undefined}>{paragraph.slice(from, to)}</mark>
      {paragraph.slice(to)}
    </>
  );
}

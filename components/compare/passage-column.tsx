import Link from "next/link";
import { formatWeight } from "@/components/charts/format";
import type { OutletPassages, Passage } from "@/lib/analytics/queries/passages-for";
import { formatDate, plural } from "@/lib/format";
import type { OutletInfo } from "./compare-view";
import styles from "./compare.module.css";
import panelStyles from "./passages.module.css";

interface Props {
  outlet: OutletInfo;
  clicked: boolean;
  passages: OutletPassages | undefined;
  moreHref: string;
  /** Article-level frames: the passage is the headline or the lead, not a tagged span. */
  frameLevel: boolean;
}

/** One outlet's passages: its count and weight, each passage in its context with a link to the article. */
export function PassageColumn({ outlet, clicked, passages, moreHref, frameLevel }: Props) {
  return (
    <section
      className={`${styles.column} ${clicked ? panelStyles.clicked : ""}`}
      aria-label={`Passages in ${outlet.name}`}
      data-testid="passage-column"
    >
      <h3 className={styles.columnHeader} style={{ ["--outlet" as string]: outlet.color }}>
        <span className={styles.swatch} style={{ background: outlet.color }} /> <bdi>{outlet.name}</bdi>
      </h3>
      {!passages ? (
        <p className={styles.muted}>None in this outlet&apos;s counted articles.</p>
      ) : (
        <>
          <p className={styles.detail}>
            {plural(passages.total, frameLevel ? "article" : "passage")}
            {passages.weight !== passages.total && ` · counts as ${formatWeight(passages.weight)}`}
          </p>
          <ol className={panelStyles.passages}>
            {passages.passages.map((passage) => (
              <PassageItem key={`${passage.articleId}:${passage.startOffset}:${passage.endOffset}`} passage={passage} />
            ))}
          </ol>
          {passages.total > passages.passages.length && (
            <Link href={moreHref} scroll={false} className={panelStyles.more}>
              Show more ({passages.total - passages.passages.length} not shown)
            </Link>
          )}
        </>
      )}
    </section>
  );
}

function PassageItem({ passage }: { passage: Passage }) {
  return (
    <li className={panelStyles.passage}>
      <blockquote dir="auto">
        {passage.before}
        <mark>{passage.quotedText}</mark>
        {passage.after}
      </blockquote>
      <p className={panelStyles.meta}>
        <Link href={articleHref(passage)}>
          <bdi>{passage.title}</bdi>
        </Link>{" "}
        · {formatDate(passage.publishedAt)} · <Coders passage={passage} />
      </p>
    </li>
  );
}

// Into the article with the passage highlighted and scrolled to; article-level passages (headline, lead) have no span.
function articleHref(passage: Passage): string {
  const path = `/articles/${passage.articleId}`;
  return passage.endOffset > passage.startOffset
    ? `${path}?passage=${passage.startOffset}-${passage.endOffset}#passage`
    : path;
}

// Who stands behind the passage: gold, every submitted reviewer, or some of them (then it counts for less).
function Coders({ passage }: { passage: Passage }) {
  if (passage.gold) return <span className={`${styles.chip} ${styles.gold}`}>gold</span>;
  const reviewers = Math.round(passage.coders / passage.weight);
  if (passage.coders === reviewers) return <span>{reviewers === 1 ? "1 reviewer" : `all ${reviewers} reviewers`}</span>;
  return (
    <span>
      {passage.coders} of {reviewers} reviewers (counts {formatWeight(passage.weight)})
    </span>
  );
}

import type { ComponentProps } from "react";
import type { PickableArticle } from "@/lib/assignments/pickable-articles";
import { PICKABLE_LIMIT } from "@/lib/assignments/pickable-articles";
import { plural } from "@/lib/format";
import { groupByEvent } from "./group-by-event";
import { PickUpButton } from "./pick-up-button";
import styles from "./queue.module.css";

type PickAction = ComponentProps<typeof PickUpButton>["pick"];

const reviewersSoFar = (count: number) => (count === 0 ? "No reviewer yet" : `${plural(count, "reviewer")} so far`);

/** Articles still short of reviewers that the reviewer can take into their own queue. */
export function PickableArticles({ articles, pick }: { articles: PickableArticle[]; pick: PickAction }) {
  return (
    <section className="card" aria-labelledby="pickable-heading">
      <h2 id="pickable-heading">Articles that need reviewers</h2>
      {articles.length === 0 ? (
        <p className="muted">Every article already has its reviewers. New coverage appears here once it is imported.</p>
      ) : (
        groupByEvent(articles).map(({ eventId, eventTitle, items }) => (
          <div key={eventId} className={styles.group}>
            <h3 className={styles.groupTitle}>{eventTitle}</h3>
            <ul className={styles.list}>
              {items.map((article) => (
                <li key={article.articleId} className={styles.item}>
                  <div className={styles.text}>
                    <bdi className={styles.title}>{article.title}</bdi>
                    <span className="muted small">
                      {article.outletName} · {reviewersSoFar(article.reviewers)}
                    </span>
                  </div>
                  <PickUpButton articleId={article.articleId} title={article.title} pick={pick} />
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      {articles.length === PICKABLE_LIMIT && (
        <p className="muted small">Showing the first {PICKABLE_LIMIT}; pick some up to see more.</p>
      )}
    </section>
  );
}

import type { ComponentProps } from "react";
import type { ArticleWithOpenAssignments } from "@/lib/assignments/open-event-assignments";
import styles from "./assignments.module.css";
import { UnassignButton } from "./unassign-button";

type UnassignAction = ComponentProps<typeof UnassignButton>["unassign"];

/** Work not yet submitted, folded away: taking an article back from a reviewer is the rarer task. */
export function OpenAssignments(props: { articles: ArticleWithOpenAssignments[]; unassign: UnassignAction }) {
  if (props.articles.length === 0) return null;
  return (
    <details className={styles.open}>
      <summary>Articles not yet submitted by everyone assigned ({props.articles.length})</summary>
      <ul className={styles.openList}>
        {props.articles.map((article) => (
          <li key={article.id}>
            <span className={styles.openText}>
              <bdi>{article.title}</bdi> <span className="muted small">{article.outlet.name}</span>
            </span>
            <div className={styles.openActions}>
              {article.assignments.map(({ reviewerId, reviewer }) => (
                <UnassignButton
                  key={reviewerId}
                  articleId={article.id}
                  reviewerId={reviewerId}
                  reviewerName={reviewer.name}
                  articleTitle={article.title}
                  unassign={props.unassign}
                />
              ))}
            </div>
          </li>
        ))}
      </ul>
    </details>
  );
}

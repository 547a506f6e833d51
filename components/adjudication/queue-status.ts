import type { QueueArticle } from "@/lib/adjudication/queries/list-adjudication-queue";
import { formatDate, plural } from "@/lib/format";

export type QueueState = "not-started" | "in-progress" | "complete";

export function queueState(article: QueueArticle): QueueState {
  if (article.completedAt) return "complete";
  return article.startedAt ? "in-progress" : "not-started";
}

/** Where an article's adjudication stands, in a few words. */
export function describeQueueState(article: QueueArticle): string {
  const state = queueState(article);
  if (state === "complete")
    return `Gold complete · ${article.adjudicatorName ?? "a former user"}, ${formatDate(article.completedAt)}`;
  if (state === "in-progress") return `In progress · ${article.decided} of ${article.reviewerTags} decided`;
  return `Not started · ${plural(article.reviewerTags, "reviewer tag")}`;
}

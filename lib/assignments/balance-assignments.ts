export interface ArticleAssignees {
  articleId: string;
  /** Everyone already assigned to the article, chosen for this run or not, submitted or not. */
  reviewerIds: readonly string[];
}

export interface BalanceInput {
  articles: readonly ArticleAssignees[];
  /** The reviewers to share the articles among. */
  reviewerIds: readonly string[];
  /** How many distinct reviewers each article should end up with; existing assignees count towards it. */
  perArticle: number;
  /** Each chosen reviewer's open (unsubmitted) assignments in the event, so new work goes to the less busy. */
  openLoads: ReadonlyMap<string, number>;
}

// A type, not an interface, so it can go into an audit entry's JSON as it is.
export type NewAssignment = {
  articleId: string;
  reviewerId: string;
};

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Tops every article up to `perArticle` distinct reviewers, each time taking the chosen reviewers with the
 * fewest open assignments (ties by id). Filling the least loaded first keeps loads within one of each other
 * wherever the existing loads allow it. Inputs are sorted first, so the same situation always gives the same
 * assignments, whatever order the database returned them in.
 */
export function balanceAssignments({ articles, reviewerIds, perArticle, openLoads }: BalanceInput): NewAssignment[] {
  const loads = new Map([...new Set(reviewerIds)].map((id) => [id, openLoads.get(id) ?? 0]));
  const reviewers = [...loads.keys()].sort(byId);
  const sortedArticles = [...articles].sort((a, b) => byId(a.articleId, b.articleId));
  const assignments: NewAssignment[] = [];
  for (const { articleId, reviewerIds: assigned } of sortedArticles) {
    const needed = perArticle - new Set(assigned).size;
    if (needed <= 0) continue;
    const picked = reviewers
      .filter((id) => !assigned.includes(id))
      .sort((a, b) => loads.get(a)! - loads.get(b)! || byId(a, b))
      .slice(0, needed);
    for (const reviewerId of picked) {
      loads.set(reviewerId, loads.get(reviewerId)! + 1);
      assignments.push({ articleId, reviewerId });
    }
  }
  return assignments;
}

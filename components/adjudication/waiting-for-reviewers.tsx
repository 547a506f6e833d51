import Link from "next/link";
import type { ArticleReviewer } from "@/lib/adjudication/queries/list-article-reviewers";
import { formatDate } from "@/lib/format";
import { EmptyState } from "../ui/empty-state";

/** An article not ready for adjudication: nobody assigned, or who is still tagging it. */
export function WaitingForReviewers({ reviewers }: { reviewers: ArticleReviewer[] }) {
  if (reviewers.length === 0)
    return (
      <EmptyState title="Nobody has tagged this article">
        <p>
          Assign it to reviewers from its event page; it can be adjudicated once they have all submitted. Back to the{" "}
          <Link href="/adjudication">adjudication queue</Link>.
        </p>
      </EmptyState>
    );
  return (
    <EmptyState title="Not ready for adjudication">
      <p>Adjudication starts once every assigned reviewer has submitted the article.</p>
      <ul className="card-list">
        {reviewers.map((reviewer) => (
          <li key={reviewer.id}>
            {reviewer.name}: {reviewer.submittedAt ? `submitted ${formatDate(reviewer.submittedAt)}` : "still tagging"}
          </li>
        ))}
      </ul>
    </EmptyState>
  );
}

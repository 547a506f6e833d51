import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { computeEventAgreement } from "@/lib/agreement/compute-event-agreement";
import { plural } from "@/lib/format";
import { ArticleFieldsTable } from "./article-fields-table";
import { AttributeAgreementTable } from "./attribute-agreement-table";
import { ReviewerPairsTable } from "./reviewer-pairs-table";
import { SpanAgreementTable } from "./span-agreement-table";

/** The event's agreement tables, or what to do first when no article has two submitted reviews. */
export async function AgreementReport({ eventId }: { eventId: string }) {
  const agreement = await computeEventAgreement(eventId);
  if (agreement.articles === 0)
    return (
      <EmptyState title="No article has two submitted reviews yet">
        <p>
          Agreement compares reviewers who tagged the same article. Assign this event&rsquo;s articles to two reviewers
          in the Assignments section of the <Link href={`/events/${eventId}`}>event page</Link>; figures appear here as
          soon as both have submitted an article.
        </p>
      </EmptyState>
    );
  return (
    <>
      <p data-testid="agreement-basis">
        Based on {plural(agreement.articles, "article")} submitted by at least two reviewers (
        {plural(agreement.reviewers, "reviewer")} in all).
        {agreement.beyondTwoReviewers > 0 &&
          ` ${plural(agreement.beyondTwoReviewers, "article")} had more than two: F1 and α use every pair of them, unitizing α the first two to submit.`}
      </p>
      <section className="card" aria-labelledby="spans-heading">
        <h2 id="spans-heading">Passage tags by category</h2>
        <SpanAgreementTable groups={agreement.spans} />
      </section>
      <section className="card" aria-labelledby="attributes-heading">
        <h2 id="attributes-heading">Attributes of matched tags</h2>
        <AttributeAgreementTable rows={agreement.attributes} />
      </section>
      <section className="card" aria-labelledby="fields-heading">
        <h2 id="fields-heading">Article-level fields</h2>
        <ArticleFieldsTable fields={agreement.articleFields} />
      </section>
      <section className="card" aria-labelledby="pairs-heading">
        <h2 id="pairs-heading">Reviewer pairs</h2>
        <ReviewerPairsTable pairs={agreement.pairs} />
      </section>
    </>
  );
}

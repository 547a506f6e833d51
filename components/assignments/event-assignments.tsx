import type { ComponentProps } from "react";
import { countArticleCoverage } from "@/lib/assignments/article-coverage";
import { DEFAULT_REVIEWERS_PER_ARTICLE } from "@/lib/assignments/assign-input";
import { listOpenEventAssignments } from "@/lib/assignments/open-event-assignments";
import { countEventAssignmentsPerReviewer } from "@/lib/assignments/reviewer-progress";
import { plural } from "@/lib/format";
import { AssignForm } from "./assign-form";
import { OpenAssignments } from "./open-assignments";

interface Props {
  eventId: string;
  assign: ComponentProps<typeof AssignForm>["assign"];
  unassign: ComponentProps<typeof OpenAssignments>["unassign"];
}

/** The event's "Assignments" card for editors: who holds which share of the articles, and the form to share them. */
export async function EventAssignments({ eventId, assign, unassign }: Props) {
  const [coverage, reviewers, open] = await Promise.all([
    countArticleCoverage(eventId),
    countEventAssignmentsPerReviewer(eventId),
    listOpenEventAssignments(eventId),
  ]);
  return (
    <section className="card" aria-labelledby="assignments-heading">
      <h2 id="assignments-heading">Assignments</h2>
      <p className="muted" data-testid="assignment-coverage">
        {`${plural(coverage.articles, "article")}: ${coverage.covered} with ${DEFAULT_REVIEWERS_PER_ARTICLE} or more `}
        {`reviewers, ${coverage.unassigned} with none.`}
      </p>
      <AssignForm reviewers={reviewers} assign={assign} />
      <OpenAssignments articles={open} unassign={unassign} />
    </section>
  );
}

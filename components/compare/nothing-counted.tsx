import Link from "next/link";
import { filterParams } from "@/lib/analytics/filters";
import type { EventScope } from "@/lib/analytics/queries/count-scope";
import type { CompareView } from "./compare-view";
import styles from "./compare.module.css";

/** What a section says when none of the articles in view counts yet, and what would change that. */
export function NothingCounted({ view, scope }: { view: CompareView; scope: EventScope }) {
  const why =
    view.filters.basis === "gold-only"
      ? "No article in view has a completed adjudication, and this view counts gold only."
      : "No article in view has been submitted by a reviewer or adjudicated into gold yet.";
  return (
    <p className={styles.note} data-testid="nothing-counted">
      {scope.total.inScope === 0 ? "No article matches these filters." : why}{" "}
      {view.filters.basis === "gold-only" ? (
        <Link href={`${view.path}?${filterParams({ ...view.filters, basis: "prefer-gold" })}`}>
          Count reviewers&apos; tags too
        </Link>
      ) : (
        <Link href={`/events/${view.eventId}`}>Assign articles to reviewers on the event page</Link>
      )}
    </p>
  );
}

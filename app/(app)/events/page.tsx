import type { Metadata } from "next";
import Link from "next/link";
import { EventCoverageCard } from "@/components/events/event-coverage-card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { listEventsWithCoverage } from "@/lib/events/queries";

export const metadata: Metadata = { title: "Events" };

export default async function EventsPage({ searchParams }: { searchParams: Promise<{ copies?: string }> }) {
  await requireRole(ACCESS.events, "/events");
  const counting = (await searchParams).copies === "once" ? "once" : "per-outlet";
  const events = await listEventsWithCoverage(counting);
  return (
    <>
      <header className="page-header">
        <h1>Events</h1>
        <p className="muted">Each event gathers several outlets&apos; coverage of the same story.</p>
        <p className="small">
          Syndicated copies (another outlet&apos;s story rerun with small edits):{" "}
          {counting === "once" ? (
            <>
              counted once, for the original · <Link href="/events">count per outlet</Link>
            </>
          ) : (
            <>
              counted for each outlet that ran them · <Link href="/events?copies=once">count once</Link>
            </>
          )}
        </p>
      </header>
      {events.length === 0 ? (
        <EmptyState title="No events yet">
          <p>Reviewers create an event when they import the first articles about a story.</p>
        </EmptyState>
      ) : (
        <ul className="card-list" aria-label="Events">
          {events.map((event) => (
            <li key={event.id}>
              <EventCoverageCard event={event} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

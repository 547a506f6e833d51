import type { Metadata } from "next";
import { CountingSwitch } from "@/components/events/counting-switch";
import { EventCoverageCard } from "@/components/events/event-coverage-card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { countingFrom } from "@/lib/events/counting";
import { listEventsWithCoverage } from "@/lib/events/queries";

export const metadata: Metadata = { title: "Events" };

export default async function EventsPage({ searchParams }: { searchParams: Promise<{ copies?: string }> }) {
  await requireRole(ACCESS.events, "/events");
  const counting = countingFrom((await searchParams).copies);
  const events = await listEventsWithCoverage(counting);
  return (
    <>
      <header className="page-header">
        <h1>Events</h1>
        <p className="muted">Each event gathers several outlets&apos; coverage of the same story.</p>
        <CountingSwitch counting={counting} path="/events" />
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

import type { Metadata } from "next";
import Link from "next/link";
import { EventsOverview } from "@/components/compare/events-overview";
import { EmptyState } from "@/components/ui/empty-state";
import { OutletProfiles } from "@/components/compare/profile/outlet-profiles";
import { listProfileOutlets } from "@/lib/analytics/profile/list-profile-outlets";
import { listEventProgress } from "@/lib/analytics/queries/list-event-progress";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Compare" };

export default async function ComparePage() {
  await requireRole(ACCESS.compare, "/compare");
  const [events, outlets] = await Promise.all([listEventProgress(), listProfileOutlets()]);
  return (
    <>
      <header className="page-header">
        <h1>Compare</h1>
        <p className="muted">
          Each event&apos;s coverage and how far its tagging has come. A comparison counts the articles reviewers have
          submitted, and adjudicated gold where there is some.
        </p>
      </header>
      {events.length === 0 ? (
        <EmptyState title="No events yet">
          <p>
            Comparisons are made per event. Once reviewers import coverage and file it under an event, it appears on the{" "}
            <Link href="/events">Events</Link> page and here.
          </p>
        </EmptyState>
      ) : (
        <>
          <EventsOverview events={events} />
          <OutletProfiles outlets={outlets} />
        </>
      )}
    </>
  );
}

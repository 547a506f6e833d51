import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { AdjudicationQueue } from "@/components/adjudication/adjudication-queue";
import { QueueFilter } from "@/components/adjudication/queue-filter";
import { EmptyState } from "@/components/ui/empty-state";
import { listAdjudicationQueue } from "@/lib/adjudication/queries/list-adjudication-queue";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { listEventChoices } from "@/lib/events/suggest-events";

export const metadata: Metadata = { title: "Adjudication" };

type Props = { searchParams: Promise<{ event?: string }> };

export default async function AdjudicationPage(props: Props) {
  await requireRole(ACCESS.adjudicate, "/adjudication");
  const filter = z.uuid().safeParse((await props.searchParams).event);
  const eventId = filter.success ? filter.data : null;
  const [articles, events] = await Promise.all([listAdjudicationQueue(eventId), listEventChoices()]);
  return (
    <>
      <header className="page-header">
        <h1>Adjudication</h1>
        <p className="muted">
          Articles whose reviewers have all submitted: compare their tags side by side and decide the gold version that
          charts use.
        </p>
      </header>
      <QueueFilter events={events} eventId={eventId} />
      {articles.length > 0 ? (
        <AdjudicationQueue articles={articles} />
      ) : (
        <EmptyState title={eventId ? "Nothing of this event to adjudicate yet" : "Nothing to adjudicate yet"}>
          <p>
            An article arrives here once every reviewer assigned to it has submitted it. Assign an event’s articles to
            two reviewers on its <Link href={eventId ? `/events/${eventId}` : "/events"}>event page</Link>, then wait
            for them to submit their tags.
          </p>
        </EmptyState>
      )}
    </>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { CountingSwitch } from "@/components/events/counting-switch";
import { coverageSummary } from "@/components/events/coverage-summary";
import { EventArticles } from "@/components/events/event-articles";
import { EventDescription } from "@/components/events/event-description";
import { MoveArticlesForm } from "@/components/events/move-articles-form";
import { OutletIndex } from "@/components/events/outlet-index";
import { PublicationTimeline } from "@/components/events/publication-timeline";
import { SyndicationTable } from "@/components/events/syndication-table";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS, canAccess } from "@/lib/auth/roles";
import { countingFrom } from "@/lib/events/counting";
import { listEventArticles } from "@/lib/events/event-articles";
import { countArticlesPerDay } from "@/lib/events/publication-timeline";
import { findEventSummary } from "@/lib/events/queries";
import { listEventChoices } from "@/lib/events/suggest-events";
import { listSyndicationLinks } from "@/lib/events/syndication-links";
import { formatDateRange } from "@/lib/format";
import { moveArticlesAction, updateDescriptionAction } from "./actions";

type Props = { params: Promise<{ eventId: string }>; searchParams: Promise<{ copies?: string }> };

const paramsSchema = z.object({ eventId: z.uuid() });

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { eventId } = await props.params;
  await requireRole(ACCESS.events, `/events/${encodeURIComponent(eventId)}`);
  const params = paramsSchema.safeParse({ eventId });
  const event = params.success ? await findEventSummary(params.data.eventId, "per-outlet") : null;
  return { title: event?.title ?? "Event not found" };
}

export default async function EventPage(props: Props) {
  const { eventId } = await props.params;
  const user = await requireRole(ACCESS.events, `/events/${encodeURIComponent(eventId)}`);
  const params = paramsSchema.safeParse({ eventId });
  if (!params.success) notFound();
  const id = params.data.eventId;
  const counting = countingFrom((await props.searchParams).copies);
  const [event, articles, timeline, links, events] = await Promise.all([
    findEventSummary(id, counting),
    listEventArticles(id),
    countArticlesPerDay(id, counting),
    listSyndicationLinks(id),
    listEventChoices(),
  ]);
  if (!event) notFound();
  const otherEvents = events.filter((other) => other.id !== id);
  const canMove = canAccess(user.role, "moveArticles") && otherEvents.length > 0;
  const list = <EventArticles event={event} articles={articles} selectable={canMove} />;
  return (
    <>
      <header className="page-header">
        <h1 dir="auto">{event.title}</h1>
        <p className="muted">
          {formatDateRange(event.startsOn, event.endsOn)} · {coverageSummary(event)}
        </p>
        <CountingSwitch counting={counting} path={`/events/${id}`} />
      </header>
      <EventDescription
        description={event.description}
        save={canAccess(user.role, "eventDescription") ? updateDescriptionAction.bind(null, id) : undefined}
      />
      {event.coverage.length === 0 ? (
        <EmptyState title="No articles in this event yet">
          <p>Import coverage and file it under this event, or move articles here from another event.</p>
        </EmptyState>
      ) : (
        <>
          <PublicationTimeline timeline={timeline} coverage={event.coverage} counting={counting} />
          <section className="card" aria-labelledby="articles-heading">
            <h2 id="articles-heading">Articles by outlet</h2>
            <OutletIndex coverage={event.coverage} />
            {canMove ? (
              <MoveArticlesForm move={moveArticlesAction.bind(null, id)} events={otherEvents}>
                {list}
              </MoveArticlesForm>
            ) : (
              list
            )}
          </section>
          <SyndicationTable links={links} eventId={id} />
        </>
      )}
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { EventAssignments } from "@/components/assignments/event-assignments";
import { ActorsAndClaims } from "@/components/events/curated-list/actors-and-claims";
import { EventActorsCard } from "@/components/events/actors/event-actors-card";
import { EventClaimsCard } from "@/components/events/claims/event-claims-card";
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
import { listEventActors } from "@/lib/events/actors/list-event-actors";
import { listEventClaims } from "@/lib/events/claims/list-event-claims";
import { countingFrom } from "@/lib/events/counting";
import { listEventArticles } from "@/lib/events/event-articles";
import { countArticlesPerDay } from "@/lib/events/publication-timeline";
import { findEventSummary } from "@/lib/events/queries";
import { listEventChoices } from "@/lib/events/suggest-events";
import { listSyndicationLinks } from "@/lib/events/syndication-links";
import { formatDateRange } from "@/lib/format";
import { moveArticlesAction, updateDescriptionAction } from "./actions";
import { moveActorAction, removeActorAction, saveActorAction } from "./actor-actions";
import { moveClaimAction, removeClaimAction, saveClaimAction } from "./claim-actions";
import { assignArticlesAction, unassignReviewerAction } from "./assignment-actions";

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
  const [event, articles, timeline, links, events, actors, claims] = await Promise.all([
    findEventSummary(id, counting),
    listEventArticles(id),
    countArticlesPerDay(id, counting),
    listSyndicationLinks(id),
    listEventChoices(),
    listEventActors(id),
    listEventClaims(id),
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
        {canAccess(user.role, "compare") && (
          <p>
            <Link href={`/events/${id}/compare`}>Compare outlets</Link>
          </p>
        )}
        {canAccess(user.role, "agreement") && (
          <p>
            <Link href={`/events/${id}/agreement`}>Reviewer agreement</Link>
          </p>
        )}
        <CountingSwitch counting={counting} path={`/events/${id}`} />
      </header>
      <EventDescription
        description={event.description}
        save={canAccess(user.role, "eventDescription") ? updateDescriptionAction.bind(null, id) : undefined}
      />
      <ActorsAndClaims>
        <EventActorsCard
          actors={actors}
          edit={
            canAccess(user.role, "eventActors")
              ? {
                  save: saveActorAction.bind(null, id),
                  move: moveActorAction.bind(null, id),
                  remove: removeActorAction.bind(null, id),
                }
              : undefined
          }
        />
        <EventClaimsCard
          claims={claims}
          edit={
            canAccess(user.role, "eventClaims")
              ? {
                  save: saveClaimAction.bind(null, id),
                  move: moveClaimAction.bind(null, id),
                  remove: removeClaimAction.bind(null, id),
                }
              : undefined
          }
        />
      </ActorsAndClaims>
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
      {canAccess(user.role, "assignArticles") && (
        <EventAssignments
          eventId={id}
          assign={assignArticlesAction.bind(null, id)}
          unassign={unassignReviewerAction.bind(null, id)}
        />
      )}
    </>
  );
}

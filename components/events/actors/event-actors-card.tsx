import type { EventActorItem } from "@/lib/events/actors/list-event-actors";
import { CuratedListCard } from "../curated-list/curated-list-card";
import type { ListEditActions } from "../curated-list/list-edit-state";
import { ActorFields } from "./actor-fields";
import { ActorSummary } from "./actor-summary";

/** The event's actors; with `edit` (editors and admins), the controls to curate them. */
export function EventActorsCard({ actors, edit }: { actors: EventActorItem[]; edit?: ListEditActions }) {
  return (
    <CuratedListCard
      title="Actors"
      intro="Who the coverage is about. Tags name these actors, so outlets can be compared on each."
      kind="actor"
      items={actors}
      nameOf={(actor) => actor.name}
      summary={(actor) => <ActorSummary actor={actor} />}
      fields={(actor) => <ActorFields actor={actor} />}
      edit={edit}
    />
  );
}

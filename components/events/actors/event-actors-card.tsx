import type { EventActorItem } from "@/lib/events/actors/list-event-actors";
import { ActorFields } from "./actor-fields";
import { ActorSummary } from "./actor-summary";
import { AddItem } from "./add-item";
import { EditableListItem } from "./editable-list-item";
import { EventListCard, ReadOnlyItem } from "./event-list-card";
import { TagCount } from "./tag-count";
import type { ListEditActions } from "./list-edit-state";

/** The event's actors; with `edit` (editors and admins), the controls to curate them. */
export function EventActorsCard({ actors, edit }: { actors: EventActorItem[]; edit?: ListEditActions }) {
  return (
    <EventListCard
      title="Actors"
      intro="Who the coverage is about. Tags name these actors, so outlets can be compared on each."
      isEmpty={actors.length === 0}
      emptyText="No actors yet."
      adder={
        edit && (
          <AddItem label="Add an actor" save={edit.save}>
            <ActorFields />
          </AddItem>
        )
      }
    >
      {actors.map((actor, index) =>
        edit ? (
          <EditableListItem
            key={actor.id}
            id={actor.id}
            name={actor.name}
            kind="actor"
            isFirst={index === 0}
            isLast={index === actors.length - 1}
            actions={edit}
            summary={
              <>
                <ActorSummary actor={actor} />
                <TagCount count={actor.tagCount} />
              </>
            }
            fields={<ActorFields actor={actor} />}
          />
        ) : (
          <ReadOnlyItem key={actor.id}>
            <ActorSummary actor={actor} />
          </ReadOnlyItem>
        ),
      )}
    </EventListCard>
  );
}

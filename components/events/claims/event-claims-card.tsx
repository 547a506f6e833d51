import type { EventClaimItem } from "@/lib/events/claims/list-event-claims";
import { AddItem } from "../actors/add-item";
import { EditableListItem } from "../actors/editable-list-item";
import { EventListCard, ReadOnlyItem } from "../actors/event-list-card";
import type { ListEditActions } from "../actors/list-edit-state";
import { TagCount } from "../actors/tag-count";
import { ClaimFields } from "./claim-fields";
import { ClaimSummary } from "./claim-summary";

/** The event's key claims and statements; with `edit` (editors and admins), the controls to curate them. */
export function EventClaimsCard({ claims, edit }: { claims: EventClaimItem[]; edit?: ListEditActions }) {
  return (
    <EventListCard
      title="Claims"
      intro="Key statements and figures. Attribution tags link to the claim they carry: who carried it, who left it out."
      isEmpty={claims.length === 0}
      emptyText="No claims yet."
      adder={
        edit && (
          <AddItem label="Add a claim" save={edit.save}>
            <ClaimFields />
          </AddItem>
        )
      }
    >
      {claims.map((claim, index) =>
        edit ? (
          <EditableListItem
            key={claim.id}
            id={claim.id}
            name={claim.label}
            kind="claim"
            isFirst={index === 0}
            isLast={index === claims.length - 1}
            actions={edit}
            summary={
              <>
                <ClaimSummary claim={claim} />
                <TagCount count={claim.tagCount} />
              </>
            }
            fields={<ClaimFields claim={claim} />}
          />
        ) : (
          <ReadOnlyItem key={claim.id}>
            <ClaimSummary claim={claim} />
          </ReadOnlyItem>
        ),
      )}
    </EventListCard>
  );
}

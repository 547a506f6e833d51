import type { EventClaimItem } from "@/lib/events/claims/list-event-claims";
import { CuratedListCard } from "../curated-list/curated-list-card";
import type { ListEditActions } from "../curated-list/list-edit-state";
import { ClaimFields } from "./claim-fields";
import { ClaimSummary } from "./claim-summary";

/** The event's key claims and statements; with `edit` (editors and admins), the controls to curate them. */
export function EventClaimsCard({ claims, edit }: { claims: EventClaimItem[]; edit?: ListEditActions }) {
  return (
    <CuratedListCard
      title="Claims"
      intro="Key statements and figures. Attribution tags link to the claim they carry: who carried it, who left it out."
      kind="claim"
      items={claims}
      nameOf={(claim) => claim.label}
      summary={(claim) => <ClaimSummary claim={claim} />}
      fields={(claim) => <ClaimFields claim={claim} />}
      edit={edit}
    />
  );
}

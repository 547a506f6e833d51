"use server";

import type { ListEditState } from "@/components/events/curated-list/list-edit-state";
import { ACCESS } from "@/lib/auth/roles";
import { createEventClaim } from "@/lib/events/claims/create-event-claim";
import { moveEventClaim } from "@/lib/events/claims/move-event-claim";
import { removeEventClaim } from "@/lib/events/claims/remove-event-claim";
import { listItemIdSchema, moveInputSchema } from "@/lib/events/actors/schemas";
import { claimInputSchema } from "@/lib/events/claims/schemas";
import { updateEventClaim } from "@/lib/events/claims/update-event-claim";
import { fieldErrorsOf } from "@/lib/forms";
import { applyListEdit, editedItemSchema, formFields, listEditor } from "./list-edits";

export async function saveClaimAction(eventId: string, _state: ListEditState, form: FormData): Promise<ListEditState> {
  const { editorId, eventId: id } = await listEditor(ACCESS.eventClaims, eventId);
  const input = claimInputSchema.safeParse(formFields(form, ["label", "detail"]));
  if (!input.success) return fieldErrorsOf(input.error, form);
  const { id: claimId } = editedItemSchema.parse(formFields(form, ["id"]));
  return applyListEdit(id, form, () =>
    claimId ? updateEventClaim(id, claimId, input.data, editorId) : createEventClaim(id, input.data, editorId),
  );
}

export async function moveClaimAction(eventId: string, _state: ListEditState, form: FormData): Promise<ListEditState> {
  const { editorId, eventId: id } = await listEditor(ACCESS.eventClaims, eventId);
  const input = moveInputSchema.parse(formFields(form, ["id", "direction"]));
  return applyListEdit(id, form, () => moveEventClaim(id, input.id, input.direction, editorId));
}

export async function removeClaimAction(
  eventId: string,
  _state: ListEditState,
  form: FormData,
): Promise<ListEditState> {
  const { editorId, eventId: id } = await listEditor(ACCESS.eventClaims, eventId);
  const input = listItemIdSchema.parse(formFields(form, ["id"]));
  return applyListEdit(id, form, () => removeEventClaim(id, input.id, editorId));
}

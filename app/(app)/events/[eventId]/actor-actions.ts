"use server";

import type { ListEditState } from "@/components/events/curated-list/list-edit-state";
import { ACCESS } from "@/lib/auth/roles";
import { createEventActor } from "@/lib/events/actors/create-event-actor";
import { moveEventActor } from "@/lib/events/actors/move-event-actor";
import { removeEventActor } from "@/lib/events/actors/remove-event-actor";
import { actorInputSchema, listItemIdSchema, moveInputSchema } from "@/lib/events/actors/schemas";
import { updateEventActor } from "@/lib/events/actors/update-event-actor";
import { fieldErrorsOf } from "@/lib/forms";
import { applyListEdit, editedItemSchema, formFields, listEditor } from "./list-edits";

export async function saveActorAction(eventId: string, _state: ListEditState, form: FormData): Promise<ListEditState> {
  const { editorId, eventId: id } = await listEditor(ACCESS.eventActors, eventId);
  const input = actorInputSchema.safeParse(formFields(form, ["name", "aliases"]));
  if (!input.success) return fieldErrorsOf(input.error, form);
  const { id: actorId } = editedItemSchema.parse(formFields(form, ["id"]));
  return applyListEdit(id, form, () =>
    actorId ? updateEventActor(id, actorId, input.data, editorId) : createEventActor(id, input.data, editorId),
  );
}

export async function moveActorAction(eventId: string, _state: ListEditState, form: FormData): Promise<ListEditState> {
  const { editorId, eventId: id } = await listEditor(ACCESS.eventActors, eventId);
  const input = moveInputSchema.parse(formFields(form, ["id", "direction"]));
  return applyListEdit(id, form, () => moveEventActor(id, input.id, input.direction, editorId));
}

export async function removeActorAction(
  eventId: string,
  _state: ListEditState,
  form: FormData,
): Promise<ListEditState> {
  const { editorId, eventId: id } = await listEditor(ACCESS.eventActors, eventId);
  const input = listItemIdSchema.parse(formFields(form, ["id"]));
  return applyListEdit(id, form, () => removeEventActor(id, input.id, editorId));
}

"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { MoveArticlesError, moveArticlesToEvent } from "@/lib/events/move-articles";
import { eventDescriptionSchema, moveArticlesSchema } from "@/lib/events/schemas";
import { updateEventDescription } from "@/lib/events/update-event-description";
import type { DescriptionState } from "@/components/events/event-description";
import type { MoveState } from "@/components/events/move-articles-form";
import { fieldErrorsOf, formError } from "@/lib/forms";

export async function updateDescriptionAction(
  eventId: string,
  _state: DescriptionState,
  form: FormData,
): Promise<DescriptionState> {
  const editor = await requireRole(ACCESS.eventDescription, `/events/${encodeURIComponent(eventId)}`);
  const id = z.uuid().parse(eventId);
  const input = eventDescriptionSchema.safeParse({ description: form.get("description") ?? "" });
  if (!input.success) return fieldErrorsOf(input.error, form);
  await updateEventDescription(id, input.data.description, editor.id);
  revalidatePath(`/events/${id}`);
  return { savedAt: Date.now() };
}

export async function moveArticlesAction(eventId: string, _state: MoveState, form: FormData): Promise<MoveState> {
  const user = await requireRole(ACCESS.moveArticles, `/events/${encodeURIComponent(eventId)}`);
  const id = z.uuid().parse(eventId);
  const input = moveArticlesSchema.safeParse({
    articleIds: form.getAll("articleIds"),
    targetEventId: form.get("targetEventId"),
  });
  if (!input.success) return fieldErrorsOf(input.error, form);
  try {
    const { moved, targetTitle } = await moveArticlesToEvent(id, input.data, user.id);
    revalidatePath(`/events/${id}`);
    return { moved: { count: moved, eventId: input.data.targetEventId, eventTitle: targetTitle } };
  } catch (error) {
    if (error instanceof MoveArticlesError) return formError(error.message, form);
    throw error;
  }
}

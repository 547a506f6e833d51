import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ListEditState } from "@/components/events/curated-list/list-edit-state";
import { requireRole } from "@/lib/auth/guard";
import type { Role } from "@/lib/auth/roles";
import { EventListError } from "@/lib/events/actors/event-list-error";
import { formError } from "@/lib/forms";

/** The editor behind an actors or claims action, and the event it edits; both checked before anything else. */
export async function listEditor(roles: readonly Role[], eventId: string) {
  const editor = await requireRole(roles, `/events/${encodeURIComponent(eventId)}`);
  return { editorId: editor.id, eventId: z.uuid().parse(eventId) };
}

/** Runs a write; a refusal becomes the form's message (keeping what was typed), success refreshes the page. */
export async function applyListEdit(
  eventId: string,
  form: FormData,
  write: () => Promise<unknown>,
): Promise<ListEditState> {
  try {
    await write();
  } catch (error) {
    if (error instanceof EventListError) return formError(error.message, form);
    throw error;
  }
  revalidatePath(`/events/${eventId}`);
  return { savedAt: Date.now() };
}

/** The optional `id` of the item an edit form changes; absent when the form adds one. */
export const editedItemSchema = z.object({ id: z.uuid().optional() });

export function formFields(form: FormData, names: string[]): Record<string, FormDataEntryValue | undefined> {
  return Object.fromEntries(names.map((name) => [name, form.get(name) ?? undefined]));
}

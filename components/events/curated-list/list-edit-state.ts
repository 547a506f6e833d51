import type { FormState } from "@/lib/forms";

export interface ListEditState extends FormState {
  /** When the last change succeeded: forms reset and editors close on a new value. */
  savedAt?: number;
}

export type ListEditAction = (state: ListEditState, form: FormData) => Promise<ListEditState>;

/** The server actions an editor's controls on an event's actors or claims call, bound to the event. */
export interface ListEditActions {
  save: ListEditAction;
  move: ListEditAction;
  remove: ListEditAction;
}

"use client";

import { useActionState } from "react";
import { DESCRIPTION_MAX_LENGTH } from "@/lib/events/limits";
import { fieldValue, type FormState } from "@/lib/forms";
import { FieldError, FormError } from "../ui/field-error";
import styles from "./event-description.module.css";

export interface DescriptionState extends FormState {
  /** When the last save succeeded: the editor closes and starts afresh from the saved text. */
  savedAt?: number;
}

type SaveAction = (state: DescriptionState, form: FormData) => Promise<DescriptionState>;

/** The event's description, with an editor for those allowed to change it (`save` given). */
export function EventDescription({ description, save }: { description: string | null; save?: SaveAction }) {
  return (
    <section className="card" aria-labelledby="description-heading">
      <h2 id="description-heading">About this event</h2>
      {description ? (
        <p className={styles.text} dir="auto">
          {description}
        </p>
      ) : (
        <p className="muted">No description yet.{save && " Say what happened and what the coverage disagrees on."}</p>
      )}
      {save && <DescriptionEditor description={description} save={save} />}
    </section>
  );
}

function DescriptionEditor({ description, save }: { description: string | null; save: SaveAction }) {
  const [state, action, pending] = useActionState(save, {});
  return (
    <details key={state.savedAt} open={Boolean(state.error)} className={styles.editor}>
      <summary>{description ? "Edit description" : "Add a description"}</summary>
      <form action={action} className="form" aria-label="Event description">
        <label>
          Description
          <textarea
            name="description"
            rows={6}
            maxLength={DESCRIPTION_MAX_LENGTH}
            defaultValue={fieldValue(state, "description", description)}
            aria-describedby="description-error"
            aria-invalid={state.fieldErrors?.description ? true : undefined}
          />
          <FieldError state={state} field="description" />
        </label>
        <FormError state={state} />
        <button type="submit" disabled={pending} className={styles.save}>
          {pending ? "Saving…" : "Save description"}
        </button>
      </form>
    </details>
  );
}

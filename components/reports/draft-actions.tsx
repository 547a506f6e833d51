"use client";

import { useActionState, useState } from "react";
import { FormError } from "@/components/ui/field-error";
import type { FormState } from "@/lib/forms";
import styles from "./report-forms.module.css";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/** Publish (after a confirmation that says what it means) or delete a draft. */
export function DraftActions(props: { revision: number; publish: Action; remove: Action }) {
  const [confirming, setConfirming] = useState(false);
  const [published, publish, publishing] = useActionState(props.publish, {});
  const [removed, remove, removing] = useActionState(props.remove, {});
  return (
    <div className={styles.draftActions}>
      {confirming ? (
        <form action={publish} className={styles.confirm} aria-label="Confirm publication">
          <input type="hidden" name="revision" value={props.revision} />
          <p>
            Publishing computes the numbers now and freezes them: later tags will not change this report, and it can no
            longer be edited. Save your edits first.
          </p>
          <div className={styles.buttons}>
            <button type="submit" disabled={publishing}>
              {publishing ? "Publishing…" : "Publish now"}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className={styles.buttons}>
          <button type="button" onClick={() => setConfirming(true)}>
            Publish…
          </button>
          <form action={remove}>
            <input type="hidden" name="revision" value={props.revision} />
            <button type="submit" className="secondary" disabled={removing}>
              {removing ? "Deleting…" : "Delete draft"}
            </button>
          </form>
        </div>
      )}
      <FormError state={published.error ? published : removed} />
    </div>
  );
}

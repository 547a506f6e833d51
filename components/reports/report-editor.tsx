"use client";

import { useActionState } from "react";
import { FieldError, FormError } from "@/components/ui/field-error";
import { TextField } from "@/components/ui/text-field";
import { fieldValue, type FormState } from "@/lib/forms";
import { COMMENTARY_MAX_LENGTH, TITLE_MAX_LENGTH, type ReportContent } from "@/lib/reports/schemas";
import styles from "./report-forms.module.css";
import { SectionChoices } from "./section-choices";

export interface SaveState extends FormState {
  savedAt?: number;
}

interface Props {
  report: { title: string; commentary: string; content: ReportContent; revision: number };
  save: (state: SaveState, form: FormData) => Promise<SaveState>;
}

/** A draft's title, commentary and sections; saving refreshes the preview below. */
export function ReportEditor({ report, save }: Props) {
  const [state, action, pending] = useActionState(save, {});
  return (
    <form action={action} className={`form ${styles.editor}`} aria-label="Edit the draft">
      <input type="hidden" name="revision" value={report.revision} />
      <input type="hidden" name="filters" value={JSON.stringify(report.content.filters)} />
      <TextField
        name="title"
        label="Title"
        state={state}
        defaultValue={report.title}
        maxLength={TITLE_MAX_LENGTH}
        required
      />
      <label>
        Commentary
        <span className="muted small">
          What the reader should take from the comparison. Blank lines start paragraphs.
        </span>
        <textarea
          name="commentary"
          rows={6}
          maxLength={COMMENTARY_MAX_LENGTH}
          defaultValue={fieldValue(state, "commentary", report.commentary)}
          aria-describedby="commentary-error"
          aria-invalid={state.fieldErrors?.commentary ? true : undefined}
        />
        <FieldError state={state} field="commentary" />
      </label>
      <SectionChoices key={report.revision} chosen={report.content.sections} />
      <FormError state={state} />
      <div className={styles.buttons}>
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save draft"}
        </button>
        {state.savedAt && !pending && (
          <span role="status" className="muted">
            Saved; the preview below shows it.
          </span>
        )}
      </div>
    </form>
  );
}

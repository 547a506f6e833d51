"use client";

import { useActionState } from "react";
import { FormError } from "@/components/ui/field-error";
import { TextField } from "@/components/ui/text-field";
import type { CompareFilters } from "@/lib/analytics/filters";
import type { FormState } from "@/lib/forms";
import { REPORT_SECTIONS, TITLE_MAX_LENGTH } from "@/lib/reports/schemas";
import styles from "./report-forms.module.css";
import { SectionChoices } from "./section-choices";

interface Props {
  eventId: string;
  filters: CompareFilters;
  title: string;
  create: (state: FormState, form: FormData) => Promise<FormState>;
}

/** The first step of a report: its title and sections; the commentary comes in the editor, beside a preview. */
export function NewReportForm({ eventId, filters, title, create }: Props) {
  const [state, action, pending] = useActionState(create, {});
  return (
    <form action={action} className={`form ${styles.editor}`} aria-label="New report">
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="filters" value={JSON.stringify(filters)} />
      <TextField name="title" label="Title" state={state} defaultValue={title} maxLength={TITLE_MAX_LENGTH} required />
      <SectionChoices chosen={REPORT_SECTIONS} />
      <FormError state={state} />
      <div className={styles.buttons}>
        <button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create draft"}
        </button>
      </div>
    </form>
  );
}

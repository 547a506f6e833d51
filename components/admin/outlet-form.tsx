"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/forms";
import { FieldError, FormError } from "../ui/field-error";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

export interface OutletFormValues {
  name: string;
  country: string | null;
  language: string | null;
  notes: string | null;
  domains: string[];
}

export function OutletForm({ outlet, save }: { outlet: OutletFormValues; save: Action }) {
  const [state, action, pending] = useActionState(save, {});
  return (
    <form action={action} className="card form" aria-label="Outlet details">
      <label>
        Name
        <input name="name" defaultValue={outlet.name} required />
        <FieldError state={state} field="name" />
      </label>
      <label>
        Domains
        <span className="muted small">
          Articles from these sites are attributed to this outlet. Separate with commas.
        </span>
        <input name="domains" defaultValue={outlet.domains.join(", ")} />
        <FieldError state={state} field="domains" />
      </label>
      <label>
        Country (ISO code)
        <input name="country" defaultValue={outlet.country ?? ""} maxLength={2} />
        <FieldError state={state} field="country" />
      </label>
      <label>
        Language
        <input name="language" defaultValue={outlet.language ?? ""} />
        <FieldError state={state} field="language" />
      </label>
      <label>
        Notes (ownership, funding, editorial line)
        <textarea name="notes" rows={4} defaultValue={outlet.notes ?? ""} />
        <FieldError state={state} field="notes" />
      </label>
      <FormError state={state} />
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save outlet"}
      </button>
    </form>
  );
}

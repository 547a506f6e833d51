"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/forms";
import { FormError } from "../ui/field-error";
import { TextField } from "../ui/text-field";
import { TextAreaField } from "./text-area-field";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

export interface OutletFormValues {
  name: string;
  aliases: string[];
  country: string | null;
  language: string | null;
  notes: string | null;
  domains: string[];
}

export function OutletForm({ outlet, save }: { outlet: OutletFormValues; save: Action }) {
  const [state, action, pending] = useActionState(save, {});
  return (
    <form action={action} className="card form" aria-label="Outlet details">
      <TextField label="Name" name="name" defaultValue={outlet.name} required state={state} />
      <TextAreaField
        label="Aliases"
        name="aliases"
        rows={Math.min(6, Math.max(2, outlet.aliases.length + 1))}
        hint="Other names imports may give this outlet, like “LBCI” for “LBCI (lbcgroup.tv)”. One per line, or separated by commas."
        defaultValue={outlet.aliases.join("\n")}
        state={state}
      />
      <TextField
        label="Domains"
        name="domains"
        hint="Articles from these sites are attributed to this outlet. Separate with commas."
        defaultValue={outlet.domains.join(", ")}
        state={state}
      />
      <TextField
        label="Country (ISO code)"
        name="country"
        defaultValue={outlet.country ?? ""}
        maxLength={2}
        state={state}
      />
      <TextField label="Language" name="language" defaultValue={outlet.language ?? ""} state={state} />
      <TextAreaField
        label="Notes (ownership, funding, editorial line)"
        name="notes"
        rows={4}
        defaultValue={outlet.notes}
        state={state}
      />
      <FormError state={state} />
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save outlet"}
      </button>
    </form>
  );
}

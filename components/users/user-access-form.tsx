"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/forms";
import { FormError } from "../ui/field-error";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/** Disabling ends the person's sessions and keeps their work; re-enabling lets them sign in again. */
export function UserAccessForm({ disabled, save }: { disabled: boolean; save: Action }) {
  const [state, action, pending] = useActionState(save, {});
  return (
    <form action={action} className="card form" aria-label="Access">
      <h2>Access</h2>
      <p className="muted small">
        {disabled
          ? "This account is disabled: it cannot sign in. Its tags and other work stay."
          : "Disabling signs the person out everywhere and stops them signing in. Their tags and other work stay."}
      </p>
      <input type="hidden" name="change" value={disabled ? "enable" : "disable"} />
      <FormError state={state} />
      <button type="submit" className="secondary" disabled={pending}>
        {disabled ? "Enable account" : "Disable account"}
      </button>
    </form>
  );
}

"use client";

import { useActionState, type ReactNode } from "react";
import type { FormState } from "@/lib/forms";
import { FormError } from "../ui/field-error";
import { TextField } from "../ui/text-field";
import { NewPasswordFields } from "./new-password-fields";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/**
 * Choosing a new password: after a temporary one, on the account page, or from a one-time link (which
 * proves who the user is, so it asks for no current password).
 */
export function PasswordForm(props: {
  save: Action;
  label: string;
  submit: string;
  askCurrent: boolean;
  hidden?: ReactNode;
}) {
  const [state, action, pending] = useActionState(props.save, {});
  return (
    <form action={action} method="post" className="card form" aria-label={props.label}>
      {props.hidden}
      {props.askCurrent && (
        <TextField
          label="Current password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          state={state}
        />
      )}
      <NewPasswordFields state={state} />
      <FormError state={state} />
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : props.submit}
      </button>
    </form>
  );
}

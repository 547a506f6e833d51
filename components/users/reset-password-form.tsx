"use client";

import { useActionState } from "react";
import { FormError } from "../ui/field-error";
import { OneTimeSecret } from "./one-time-secret";
import type { SecretFormState } from "./secret-form-state";
import styles from "./users.module.css";

type Action = (state: SecretFormState, form: FormData) => Promise<SecretFormState>;

export function ResetPasswordForm({ email, reset }: { email: string; reset: Action }) {
  const [state, action, pending] = useActionState(reset, {});
  return (
    <form action={action} className="card form" aria-label="Password">
      <h2>Password</h2>
      <p className="muted small">
        A reset link (valid 1 hour) lets the person choose a new password; their current one works until they do. A
        temporary password replaces the current one at once, ends their sessions, and must be changed at their next
        sign-in.
      </p>
      <input type="hidden" name="email" value={email} />
      <FormError state={state} />
      <div className={styles.actions}>
        <button type="submit" name="method" value="link" disabled={pending}>
          Create a reset link
        </button>
        <button type="submit" name="method" value="temporary" className="secondary" disabled={pending}>
          Set a temporary password
        </button>
      </div>
      {state.secret && <OneTimeSecret key={state.secret.value} secret={state.secret} />}
    </form>
  );
}

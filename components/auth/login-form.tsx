"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/forms";
import { TextField } from "../ui/text-field";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/**
 * Posts to a server action: before the script has loaded (or with none) the browser submits the same form
 * as a POST, so a password never lands in the address bar, history or server logs.
 */
export function LoginForm({ signIn }: { signIn: Action }) {
  const [state, action, pending] = useActionState(signIn, {});
  return (
    <form className="card form" action={action} method="post" aria-label="Sign in">
      <TextField label="Email" name="email" type="email" autoComplete="username" required autoFocus state={state} />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        state={state}
      />
      {state.error && (
        <p className="form-error" data-testid="login-error" role="status">
          {state.error}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}

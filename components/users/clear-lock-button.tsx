"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/forms";
import { FormError } from "../ui/field-error";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

export function ClearLockButton(props: { kind: "account" | "address"; subject: string; clear: Action }) {
  const [state, action, pending] = useActionState(props.clear, {});
  return (
    <form action={action}>
      <input type="hidden" name="kind" value={props.kind} />
      <input type="hidden" name="subject" value={props.subject} />
      <button type="submit" className="secondary" disabled={pending} aria-label={`Clear the wait on ${props.subject}`}>
        Clear
      </button>
      <FormError state={state} />
    </form>
  );
}

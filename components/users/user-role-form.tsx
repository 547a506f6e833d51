"use client";

import { useActionState } from "react";
import type { Role } from "@/lib/auth/roles";
import type { FormState } from "@/lib/forms";
import { FormError } from "../ui/field-error";
import { RoleSelect } from "./role-select";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

export function UserRoleForm({ role, save }: { role: Role; save: Action }) {
  const [state, action, pending] = useActionState(save, {});
  return (
    <form action={action} className="card form" aria-label="Role">
      <h2>Role</h2>
      <RoleSelect key={role} state={state} defaultValue={role} />
      <p className="muted small">A new role ends the person&apos;s sessions: they sign in again to use it.</p>
      <FormError state={state} />
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save role"}
      </button>
    </form>
  );
}

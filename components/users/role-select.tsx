import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";
import type { FormState } from "@/lib/forms";
import { fieldValue } from "@/lib/forms";
import { FieldError } from "../ui/field-error";

const ROLE_HINTS: Record<Role, string> = {
  ADMIN: "everything, including people and the codebook",
  EDITOR: "events, comparisons, adjudication and reports",
  REVIEWER: "imports and tagging",
};

export function RoleSelect({ state, defaultValue }: { state: FormState; defaultValue: Role }) {
  return (
    <label>
      Role
      <select name="role" defaultValue={fieldValue(state, "role", defaultValue)} aria-describedby="role-error">
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {ROLE_LABELS[role]}: {ROLE_HINTS[role]}
          </option>
        ))}
      </select>
      <FieldError state={state} field="role" />
    </label>
  );
}

import type { FormState } from "@/lib/forms";
import { MIN_PASSWORD_LENGTH } from "@/lib/users/password-rules";
import { TextField } from "../ui/text-field";

/** The new password, typed twice, with the rule it must meet. */
export function NewPasswordFields({ state }: { state: FormState }) {
  return (
    <>
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a good one; common passwords are refused.`}
        state={state}
      />
      <TextField
        label="Repeat the new password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        state={state}
      />
    </>
  );
}

"use server";

import { redirect } from "next/navigation";
import { fieldErrorsOf, formError, type FormState } from "@/lib/forms";
import { setPasswordSchema } from "@/lib/users/schemas";
import { setPasswordWithToken } from "@/lib/users/set-password-with-token";
import { UserAdminError } from "@/lib/users/user-admin-error";

/** The one-time link's form: the token proves who is choosing; then they sign in with the new password. */
export async function setPasswordAction(_state: FormState, form: FormData): Promise<FormState> {
  const input = setPasswordSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return fieldErrorsOf(input.error, form);
  try {
    await setPasswordWithToken(input.data.token, input.data.newPassword);
  } catch (error) {
    if (error instanceof UserAdminError) return formError(error.message, form);
    throw error;
  }
  redirect("/login?notice=password-set");
}

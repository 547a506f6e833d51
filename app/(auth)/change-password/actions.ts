"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress } from "@/lib/auth/client-address";
import { requireRole } from "@/lib/auth/guard";
import { safeReturnPath } from "@/lib/auth/return-path";
import { ROLES } from "@/lib/auth/roles";
import { startSession } from "@/lib/auth/start-session";
import { fieldErrorsOf, formError, type FormState } from "@/lib/forms";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { changePasswordSchema } from "@/lib/users/schemas";
import { UserAdminError } from "@/lib/users/user-admin-error";

/**
 * Replaces the signed-in user's password (the temporary one here, or their own on the account page), keeps
 * this browser signed in with a fresh session and ends every other one.
 */
export async function changePasswordAction(returnTo: string, _state: FormState, form: FormData): Promise<FormState> {
  const user = await requireRole(ROLES, "/account", { pendingPasswordChange: true });
  const input = changePasswordSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return fieldErrorsOf(input.error, form);
  try {
    await startSession(await changeOwnPassword(user.id, input.data, clientAddress(await headers())));
  } catch (error) {
    if (error instanceof UserAdminError) return formError(error.message, form);
    throw error;
  }
  redirect(safeReturnPath(returnTo));
}

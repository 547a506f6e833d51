"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { authenticate } from "@/lib/auth/authenticate";
import { clientAddress } from "@/lib/auth/client-address";
import { CHANGE_PASSWORD_PATH } from "@/lib/auth/guard";
import { safeReturnPath } from "@/lib/auth/return-path";
import { startSession } from "@/lib/auth/start-session";
import { formError, type FormState } from "@/lib/forms";

/** The login form's action: a POST that works before (or without) the page's script, CSRF-checked by Next. */
export async function signInAction(returnTo: string, _state: FormState, form: FormData): Promise<FormState> {
  const result = await authenticate({
    email: form.get("email"),
    password: form.get("password"),
    address: clientAddress(await headers()),
  });
  if (!result.ok) return formError(result.error, form);
  await startSession(result.user);
  const destination = safeReturnPath(returnTo);
  redirect(
    result.user.mustChangePassword
      ? `${CHANGE_PASSWORD_PATH}?callbackUrl=${encodeURIComponent(destination)}`
      : destination,
  );
}

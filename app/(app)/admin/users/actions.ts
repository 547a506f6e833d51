"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { SecretFormState } from "@/components/users/secret-form-state";
import { clearLoginFailures } from "@/lib/auth/clear-login-failures";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { fieldErrorsOf, formError, type FormState } from "@/lib/forms";
import { addUserWithTemporaryPassword } from "@/lib/users/add-user-with-temporary-password";
import { changeUserRole } from "@/lib/users/change-user-role";
import { inviteUser } from "@/lib/users/invite-user";
import { issueResetLink } from "@/lib/users/issue-reset-link";
import { addUserSchema, resetMethodSchema, roleSchema } from "@/lib/users/schemas";
import { setTemporaryPassword } from "@/lib/users/set-temporary-password";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { UserAdminError } from "@/lib/users/user-admin-error";
import { setPasswordLink } from "./set-password-link";

const USERS_PATH = "/admin/users";

/** Runs an account change; a refusal becomes the form's message, success refreshes the users pages. */
async function applyUserChange<State extends FormState>(
  form: FormData,
  write: () => Promise<State>,
): Promise<State | FormState> {
  try {
    const state = await write();
    revalidatePath(USERS_PATH, "layout");
    return state;
  } catch (error) {
    if (error instanceof UserAdminError) return formError(error.message, form);
    throw error;
  }
}

export async function addUserAction(_state: SecretFormState, form: FormData): Promise<SecretFormState> {
  const admin = await requireRole(ACCESS.users, USERS_PATH);
  const input = addUserSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return fieldErrorsOf(input.error, form);
  const { method, ...person } = input.data;
  return applyUserChange(form, async (): Promise<SecretFormState> => {
    if (method === "invite") {
      const { token } = await inviteUser(person, admin.id);
      return { secret: { kind: "link", value: setPasswordLink(token), email: person.email } };
    }
    const { temporaryPassword } = await addUserWithTemporaryPassword(person, admin.id);
    return { secret: { kind: "password", value: temporaryPassword, email: person.email } };
  });
}

const userIdOf = (userId: string) => z.uuid().parse(userId);

export async function changeRoleAction(userId: string, _state: FormState, form: FormData): Promise<FormState> {
  const admin = await requireRole(ACCESS.users, `${USERS_PATH}/${userId}`);
  const role = roleSchema.safeParse(form.get("role"));
  if (!role.success) return fieldErrorsOf(role.error, form);
  return applyUserChange(form, async () => {
    await changeUserRole(userIdOf(userId), role.data, admin.id);
    return {};
  });
}

export async function setDisabledAction(userId: string, _state: FormState, form: FormData): Promise<FormState> {
  const admin = await requireRole(ACCESS.users, `${USERS_PATH}/${userId}`);
  const disabled = z.enum(["disable", "enable"]).parse(form.get("change")) === "disable";
  return applyUserChange(form, async () => {
    await setUserDisabled(userIdOf(userId), disabled, admin.id);
    return {};
  });
}

export async function resetPasswordAction(
  userId: string,
  _state: SecretFormState,
  form: FormData,
): Promise<SecretFormState> {
  const admin = await requireRole(ACCESS.users, `${USERS_PATH}/${userId}`);
  const method = resetMethodSchema.parse(form.get("method"));
  const email = z.email().parse(form.get("email"));
  return applyUserChange(form, async (): Promise<SecretFormState> => {
    if (method === "link")
      return {
        secret: { kind: "link", value: setPasswordLink(await issueResetLink(userIdOf(userId), admin.id)), email },
      };
    return { secret: { kind: "password", value: await setTemporaryPassword(userIdOf(userId), admin.id), email } };
  });
}

const lockSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("account"), subject: z.email() }),
  z.object({ kind: z.literal("address"), subject: z.string().min(1).max(100) }),
]);

export async function clearLockAction(_state: FormState, form: FormData): Promise<FormState> {
  const admin = await requireRole(ACCESS.users, USERS_PATH);
  const lock = lockSchema.parse(Object.fromEntries(form));
  return applyUserChange(form, async () => {
    await clearLoginFailures(lock.kind === "account" ? { email: lock.subject } : { address: lock.subject }, admin.id);
    return {};
  });
}

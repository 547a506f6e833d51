import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PasswordForm } from "@/components/users/password-form";
import { requireRole } from "@/lib/auth/guard";
import { safeReturnPath } from "@/lib/auth/return-path";
import { ROLES } from "@/lib/auth/roles";
import { changePasswordAction } from "./actions";

export const metadata: Metadata = { title: "Choose your password" };

/** Where the guard sends someone who signed in with a temporary password, before anything else. */
export default async function ChangePasswordPage(props: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const returnTo = safeReturnPath((await props.searchParams).callbackUrl);
  const user = await requireRole(ROLES, "/change-password", { pendingPasswordChange: true });
  if (!user.mustChangePassword) redirect(returnTo);
  return (
    <main className="centered-page">
      <h1 className="brand">Framewise</h1>
      <h2>Choose your password</h2>
      <p className="muted">
        {user.name}, you signed in with a temporary password. Choose one only you know before you go on.
      </p>
      <PasswordForm
        save={changePasswordAction.bind(null, returnTo)}
        label="Choose your password"
        submit="Save and continue"
        askCurrent
      />
    </main>
  );
}

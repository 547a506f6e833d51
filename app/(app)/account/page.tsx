import type { Metadata } from "next";
import { PasswordForm } from "@/components/users/password-form";
import { requireRole } from "@/lib/auth/guard";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { changePasswordAction } from "../../(auth)/change-password/actions";
import { signOutEverywhereAction } from "./actions";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage(props: { searchParams: Promise<{ notice?: string }> }) {
  const user = await requireRole(ROLES, "/account");
  const changed = (await props.searchParams).notice === "password-changed";
  return (
    <>
      <header className="page-header">
        <h1>Your account</h1>
        <p className="muted">
          {user.name} · {user.email} · {ROLE_LABELS[user.role]}
        </p>
      </header>
      {changed && (
        <p className="card" role="status" data-testid="account-notice">
          Your password is changed. Your sessions on other devices have ended.
        </p>
      )}
      <section aria-labelledby="password-heading">
        <h2 id="password-heading">Change your password</h2>
        <PasswordForm
          save={changePasswordAction.bind(null, "/account?notice=password-changed")}
          label="Change your password"
          submit="Change password"
          askCurrent
        />
      </section>
      <section className="card" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Sign out everywhere</h2>
        <p className="muted">
          Ends your sessions on every device and browser, this one included: use it after signing in on a shared or lost
          computer. You sign in again afterwards.
        </p>
        <form action={signOutEverywhereAction}>
          <button type="submit" className="secondary">
            Sign out everywhere
          </button>
        </form>
      </section>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { PasswordForm } from "@/components/users/password-form";
import { findPasswordToken, type PasswordLink } from "@/lib/users/find-password-token";
import { setPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Set your password", referrer: "no-referrer" };

const GONE: Record<Exclude<PasswordLink["state"], "ready">, string> = {
  expired: "This link has expired. Ask an admin for a new one.",
  used: "This link was already used to set a password. Sign in with it, or ask an admin for a new link.",
  unknown:
    "This link does not open anything: it may be mistyped, or replaced by a newer one. Ask an admin for a new one.",
};

export default async function SetPasswordPage(props: { searchParams: Promise<{ token?: string | string[] }> }) {
  const token = z
    .string()
    .min(1)
    .max(200)
    .catch("")
    .parse((await props.searchParams).token);
  const link: PasswordLink = token ? await findPasswordToken(token) : { state: "unknown" };
  return (
    <main className="centered-page">
      <h1 className="brand">Framewise</h1>
      {link.state === "ready" ? (
        <>
          <h2>{link.purpose === "INVITE" ? "Welcome to Framewise" : "Choose a new password"}</h2>
          <p className="muted">
            {link.name} ({link.email}): choose the password you will sign in with. This link works once.
          </p>
          <PasswordForm
            save={setPasswordAction}
            label="Set your password"
            submit="Set password"
            askCurrent={false}
            hidden={<input type="hidden" name="token" value={token} />}
          />
        </>
      ) : (
        <section className="card" data-testid="link-gone">
          <h2>This link cannot be used</h2>
          <p>{GONE[link.state]}</p>
          <Link href="/login">Go to sign in</Link>
        </section>
      )}
    </main>
  );
}

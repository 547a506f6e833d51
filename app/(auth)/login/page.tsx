import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { currentUser } from "@/lib/auth/guard";
import { safeReturnPath } from "@/lib/auth/return-path";
import { signInAction } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

const NOTICES: Record<string, string> = {
  "password-set": "Your password is set. Sign in with it.",
  "signed-out-everywhere": "You are signed out on every device.",
};

export default async function LoginPage(props: { searchParams: Promise<{ callbackUrl?: string; notice?: string }> }) {
  const { callbackUrl, notice } = await props.searchParams;
  const returnTo = safeReturnPath(callbackUrl);
  if (await currentUser()) redirect(returnTo);
  return (
    <main className="centered-page">
      <h1 className="brand">Framewise</h1>
      <p className="muted">How did different outlets cover the same event?</p>
      {notice && Object.hasOwn(NOTICES, notice) && (
        <p className="card" role="status" data-testid="login-notice">
          {NOTICES[notice]}
        </p>
      )}
      <LoginForm signIn={signInAction.bind(null, returnTo)} />
    </main>
  );
}

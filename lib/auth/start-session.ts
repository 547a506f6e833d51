import "server-only";
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import type { LoginUser } from "../users/queries.ts";
import { SESSION_MAX_AGE_SECONDS, sessionCookie } from "./session-cookie.ts";

/**
 * Issues the session cookie after a checked sign-in or a password change: next-auth's own encrypted JWT,
 * carrying the user's session generation so that ending their sessions later refuses this one too.
 */
export async function startSession(user: LoginUser): Promise<void> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: start the app with `npm run dev` or `npm start`.");
  const token = {
    sub: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    generation: user.sessionGeneration,
  };
  const cookie = sessionCookie();
  const value = await encode({ token, secret, maxAge: SESSION_MAX_AGE_SECONDS });
  (await cookies()).set(cookie.name, value, { ...cookie.options, maxAge: SESSION_MAX_AGE_SECONDS });
}

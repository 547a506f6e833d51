import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { findActiveUser, type LoginUser } from "../users/queries.ts";
import { authOptions } from "./options.ts";
import type { Role } from "./roles.ts";

export type SessionUser = LoginUser;

/**
 * The signed-in user as the database knows them now (role, not disabled), once per request. A session
 * issued before the user's sessions were ended (sign out everywhere, a new password, a new role, disabling)
 * carries an older generation and counts as signed out.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  const user = await findActiveUser(session.user.id);
  if (!user || user.sessionGeneration !== session.user.generation) return null;
  return user;
});

export type AccessCheck = { ok: true; user: SessionUser } | { ok: false; status: 401 | 403 };

/** For route handlers: a user who must still replace a temporary password is not signed in yet. */
export async function checkRole(roles: readonly Role[]): Promise<AccessCheck> {
  const user = await currentUser();
  if (!user || user.mustChangePassword) return { ok: false, status: 401 };
  if (!roles.includes(user.role)) return { ok: false, status: 403 };
  return { ok: true, user };
}

export const CHANGE_PASSWORD_PATH = "/change-password";

/**
 * The guard every page and server action calls first: no session sends the browser to the login page
 * (coming back to `returnTo` afterwards), a temporary password to the page that replaces it before anything
 * else (only that page passes `pendingPasswordChange`), a role outside `roles` gets the 403 page.
 */
export async function requireRole(
  roles: readonly Role[],
  returnTo = "/events",
  options: { pendingPasswordChange?: boolean } = {},
): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (user.mustChangePassword && !options.pendingPasswordChange)
    redirect(`${CHANGE_PASSWORD_PATH}?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!roles.includes(user.role)) forbidden();
  return user;
}

import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { findActiveUser, type ActiveUser } from "../users/queries.ts";
import { authOptions } from "./options.ts";
import type { Role } from "./roles.ts";

export type SessionUser = ActiveUser;

/** The signed-in user as the database knows them now (role, not disabled), once per request. */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  return findActiveUser(session.user.id);
});

export type AccessCheck = { ok: true; user: SessionUser } | { ok: false; status: 401 | 403 };

export async function checkRole(roles: readonly Role[]): Promise<AccessCheck> {
  const user = await currentUser();
  if (!user) return { ok: false, status: 401 };
  if (!roles.includes(user.role)) return { ok: false, status: 403 };
  return { ok: true, user };
}

/**
 * The guard every page and server action calls first: no session sends the browser to the login
 * page (coming back to `returnTo` afterwards), a role outside `roles` gets the 403 page.
 */
export async function requireRole(roles: readonly Role[], returnTo = "/events"): Promise<SessionUser> {
  const access = await checkRole(roles);
  if (access.ok) return access.user;
  if (access.status === 401) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  forbidden();
}

"use server";

import { redirect } from "next/navigation";
import { endSession } from "@/lib/auth/end-session";
import { requireRole } from "@/lib/auth/guard";
import { ROLES } from "@/lib/auth/roles";
import { endAllSessions } from "@/lib/users/end-all-sessions";

/** Ends every session of the signed-in user, on every device, this one included. */
export async function signOutEverywhereAction(): Promise<void> {
  const user = await requireRole(ROLES, "/account");
  await endAllSessions(user.id, user.id);
  await endSession();
  redirect("/login?notice=signed-out-everywhere");
}

import "server-only";
import { cookies } from "next/headers";
import { sessionCookie } from "./session-cookie.ts";

/** Removes this browser's session cookie (other browsers' sessions end through the session generation). */
export async function endSession(): Promise<void> {
  const cookie = sessionCookie();
  (await cookies()).set(cookie.name, "", { ...cookie.options, maxAge: 0 });
}

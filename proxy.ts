import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { sessionCookie } from "./lib/auth/session-cookie.ts";

// Convenience only: sends signed-out visitors to the login page with a way back. Every page, action
// and route handler still checks the session and role itself through lib/auth/guard.
export async function proxy(request: NextRequest) {
  if (await getToken({ req: request, cookieName: sessionCookie().name })) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

// The set-password page opens from a one-time link, before its visitor has a session.
// Shared reports and the PDF renderer's print view open without a session (a share token or a signed key).
export const config = {
  matcher: ["/((?!api/|login|set-password|shared/|print/|_next/|favicon.ico|icon.svg).*)"],
};

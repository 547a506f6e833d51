import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

// Convenience only: sends signed-out visitors to the login page with a way back. Every page, action
// and route handler still checks the session and role itself through lib/auth/guard.
export async function proxy(request: NextRequest) {
  if (await getToken({ req: request })) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

// Shared reports and the PDF renderer's print view open without a session (a share token or a signed key).
export const config = {
  matcher: ["/((?!api/|login|shared/|print/|_next/|favicon.ico|icon.svg).*)"],
};

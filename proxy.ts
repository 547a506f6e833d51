import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "./lib/auth/content-security-policy.ts";
import { sessionCookie } from "./lib/auth/session-cookie.ts";
import { hasTooDeepActionArguments } from "./lib/http/deep-action-arguments.ts";

// Pages that open without a session: signing in, a one-time link to set a password, shared reports and the
// PDF renderer's print view (a share token or a signed key).
const OPEN_PATHS = /^\/(login|set-password|shared\/|print\/)/;

/**
 * Gives every page a fresh CSP nonce, and, as a convenience only, sends signed-out visitors to the login
 * page with a way back. Every page, action and route handler still checks the session and role itself
 * through lib/auth/guard. Refuses server action calls whose arguments would overflow React's decoder (a 400,
 * where Next would answer 500).
 */
export async function proxy(request: NextRequest) {
  if (await hasTooDeepActionArguments(request))
    return new NextResponse("Bad request: the action's arguments are nested too deeply.\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const signedOut =
    !OPEN_PATHS.test(request.nextUrl.pathname) && !(await getToken({ req: request, cookieName: sessionCookie().name }));
  let response: NextResponse;
  if (signedOut) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
    response = NextResponse.redirect(login);
  } else {
    const headers = new Headers(request.headers);
    headers.set("Content-Security-Policy", policy);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Route handlers (downloads, exports, next-auth) answer data, not pages; static files need no nonce.
export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};

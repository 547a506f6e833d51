export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/**
 * The session cookie, the same for next-auth (which reads and clears it) and for startSession (which
 * writes it). Script cannot read it, other sites' requests do not carry it on POSTs, and on an https site
 * it is `secure` with the `__Secure-` prefix, so a plain-http page can neither read nor plant it.
 */
export function sessionCookie() {
  const secure = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
  return {
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}

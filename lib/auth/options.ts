import type { NextAuthOptions } from "next-auth";
import { SESSION_MAX_AGE_SECONDS, sessionCookie } from "./session-cookie.ts";

const cookie = sessionCookie();

// Sessions are signed, encrypted cookies (stateless across app instances). Signing in is the login page's
// server action (lib/auth/authenticate.ts, then startSession), which works without JavaScript; next-auth
// reads the session and signs out. The guard re-reads the user from Postgres on every request, so a
// disabled account, a changed role or ended sessions take effect at once.
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  useSecureCookies: cookie.options.secure,
  cookies: { sessionToken: cookie },
  pages: { signIn: "/login", error: "/login" },
  providers: [],
  callbacks: {
    session({ session, token }) {
      if (token.sub && token.role && token.email && typeof token.generation === "number") {
        session.user = {
          id: token.sub,
          email: token.email,
          name: token.name ?? token.email,
          role: token.role,
          generation: token.generation,
        };
      }
      return session;
    },
  },
};

import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "./authenticate.ts";
import { clientAddress } from "./client-address.ts";

const SESSION_HOURS = 8;

// Sessions are signed, encrypted cookies (stateless across app instances); the guard re-reads the
// user from Postgres on every request, so a disabled account or a changed role takes effect at once.
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 60 * 60 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const result = await authenticate({
          email: credentials?.email,
          password: credentials?.password,
          ip: clientAddress(request.headers ?? {}),
        });
        if (!result.ok) throw new Error(result.error);
        return result.user;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.role = user.role;
      return token;
    },
    session({ session, token }) {
      if (token.sub && token.role && token.email) {
        session.user = { id: token.sub, email: token.email, name: token.name ?? token.email, role: token.role };
      }
      return session;
    },
  },
};

import "server-only";

/** The address of a one-time link as the person opens it: the site's public origin (NEXTAUTH_URL). */
export function setPasswordLink(token: string): string {
  const origin = new URL(process.env.NEXTAUTH_URL ?? "http://localhost:3000").origin;
  return `${origin}/set-password?${new URLSearchParams({ token })}`;
}

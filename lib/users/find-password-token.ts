import { db } from "../db/client.ts";
import type { PasswordTokenPurpose } from "../db/generated/enums.ts";
import { hashLinkToken } from "./one-time-secrets.ts";

export type PasswordLink =
  | { state: "ready"; purpose: PasswordTokenPurpose; email: string; name: string }
  | { state: "expired" | "used" | "unknown" };

/** What a one-time link's page should say: the form, or why the link no longer opens anything. */
export async function findPasswordToken(token: string): Promise<PasswordLink> {
  const [found] = await db().$queryRaw<
    { purpose: PasswordTokenPurpose; used: boolean; expired: boolean; email: string; name: string; disabled: boolean }[]
  >`
    SELECT t.purpose, t.used_at IS NOT NULL AS used, t.expires_at <= now() AS expired,
           u.email, u.name, u.disabled_at IS NOT NULL AS disabled
    FROM password_tokens t JOIN users u ON u.id = t.user_id
    WHERE t.token_hash = ${hashLinkToken(token)}`;
  if (!found || found.disabled) return { state: "unknown" };
  if (found.used) return { state: "used" };
  if (found.expired) return { state: "expired" };
  return { state: "ready", purpose: found.purpose, email: found.email, name: found.name };
}

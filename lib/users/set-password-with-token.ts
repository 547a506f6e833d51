import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import { hashLinkToken } from "./one-time-secrets.ts";
import { hashPassword } from "./password.ts";
import { UserAdminError } from "./user-admin-error.ts";

export const LINK_GONE = "This link has expired or was already used. Ask an admin for a new one.";

/**
 * Sets the password a one-time link was issued for. Using the link and setting the password happen in one
 * transaction, and only one request can claim an unused, unexpired link. Ends the user's other sessions.
 */
export async function setPasswordWithToken(token: string, password: string): Promise<{ email: string }> {
  const passwordHash = await hashPassword(password);
  return db().$transaction(async (tx) => {
    const [claimed] = await tx.$queryRaw<{ user_id: string; purpose: string }[]>`
      UPDATE password_tokens t SET used_at = now()
      FROM users u
      WHERE t.token_hash = ${hashLinkToken(token)} AND t.used_at IS NULL AND t.expires_at > now()
        AND u.id = t.user_id AND u.disabled_at IS NULL
      RETURNING t.user_id, t.purpose::text`;
    if (!claimed) throw new UserAdminError(LINK_GONE);
    const user = await tx.user.update({
      where: { id: claimed.user_id },
      data: { passwordHash, mustChangePassword: false, sessionGeneration: { increment: 1 } },
      select: { email: true },
    });
    await recordAudit(tx, {
      actorId: claimed.user_id,
      action: "user.password_set",
      entityType: "user",
      entityId: claimed.user_id,
      after: { through: claimed.purpose },
    });
    return user;
  });
}

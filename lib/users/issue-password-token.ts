import type { Prisma } from "../db/generated/client.ts";
import type { PasswordTokenPurpose } from "../db/generated/enums.ts";
import { hashLinkToken, newLinkToken } from "./one-time-secrets.ts";

export const TOKEN_LIFETIME_HOURS: Record<PasswordTokenPurpose, number> = { INVITE: 72, RESET: 1 };

/**
 * Inside the caller's transaction: a new one-time link token for the user, replacing any unused one (only
 * the newest link works). Returns the token itself, which is never stored and shown only this once.
 */
export async function issuePasswordToken(
  tx: Prisma.TransactionClient,
  userId: string,
  purpose: PasswordTokenPurpose,
  issuedById: string,
): Promise<string> {
  const token = newLinkToken();
  await tx.passwordToken.deleteMany({ where: { userId, usedAt: null } });
  await tx.$executeRaw`
    INSERT INTO password_tokens (token_hash, user_id, purpose, issued_by_id, expires_at)
    VALUES (${hashLinkToken(token)}, ${userId}::uuid, ${purpose}::"PasswordTokenPurpose", ${issuedById}::uuid,
            now() + make_interval(hours => ${TOKEN_LIFETIME_HOURS[purpose]}::int))`;
  return token;
}

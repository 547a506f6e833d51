import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import { newTemporaryPassword } from "./one-time-secrets.ts";
import { hashPassword } from "./password.ts";

/**
 * Replaces a user's password with a generated one they must change at their next sign-in, and ends their
 * sessions. Returns it, to be shown to the admin this once.
 */
export async function setTemporaryPassword(userId: string, adminId: string): Promise<string> {
  const temporaryPassword = newTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  await db().$transaction(async (tx) => {
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, mustChangePassword: true, sessionGeneration: { increment: 1 } },
    });
    await tx.passwordToken.deleteMany({ where: { userId, usedAt: null } });
    await recordAudit(tx, {
      actorId: adminId,
      action: "user.temporary_password",
      entityType: "user",
      entityId: userId,
    });
  });
  return temporaryPassword;
}

import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import { duplicateEmail } from "./invite-user.ts";
import { newTemporaryPassword } from "./one-time-secrets.ts";
import { hashPassword } from "./password.ts";
import type { Person } from "./schemas.ts";

/** Adds a person with a generated password they must replace at their first sign-in; returns it once. */
export async function addUserWithTemporaryPassword(
  person: Person,
  adminId: string,
): Promise<{ userId: string; temporaryPassword: string }> {
  const temporaryPassword = newTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  try {
    return await db().$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { ...person, passwordHash, mustChangePassword: true },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: adminId,
        action: "user.create",
        entityType: "user",
        entityId: user.id,
        after: { ...person, temporaryPassword: true },
      });
      return { userId: user.id, temporaryPassword };
    });
  } catch (error) {
    throw duplicateEmail(error, person.email);
  }
}

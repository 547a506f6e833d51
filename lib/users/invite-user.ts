import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import { Prisma } from "../db/generated/client.ts";
import { issuePasswordToken } from "./issue-password-token.ts";
import { NO_PASSWORD_YET } from "./no-password-yet.ts";
import type { Person } from "./schemas.ts";
import { UserAdminError } from "./user-admin-error.ts";

/** Adds a person without a password and returns the token of their one-time link to choose one (72 h). */
export async function inviteUser(person: Person, adminId: string): Promise<{ userId: string; token: string }> {
  try {
    return await db().$transaction(async (tx) => {
      const user = await tx.user.create({ data: { ...person, passwordHash: NO_PASSWORD_YET }, select: { id: true } });
      const token = await issuePasswordToken(tx, user.id, "INVITE", adminId);
      await recordAudit(tx, {
        actorId: adminId,
        action: "user.invite",
        entityType: "user",
        entityId: user.id,
        after: person,
      });
      return { userId: user.id, token };
    });
  } catch (error) {
    throw duplicateEmail(error, person.email);
  }
}

/** A clash on the unique email as a message for the form; anything else unchanged. */
export function duplicateEmail(error: unknown, email: string): unknown {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
    return new UserAdminError(`${email} already has an account.`);
  return error;
}

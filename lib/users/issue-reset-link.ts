import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import { issuePasswordToken } from "./issue-password-token.ts";

/**
 * A one-time link (1 h) with which the user chooses a new password. Their current password keeps working
 * until the link is used, so a link that goes astray locks nobody out.
 */
export async function issueResetLink(userId: string, adminId: string): Promise<string> {
  return db().$transaction(async (tx) => {
    await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true } });
    const token = await issuePasswordToken(tx, userId, "RESET", adminId);
    await recordAudit(tx, { actorId: adminId, action: "user.reset_link", entityType: "user", entityId: userId });
    return token;
  });
}

import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import type { Role } from "../db/generated/enums.ts";
import { keepAnActiveAdmin } from "./keep-an-active-admin.ts";

/** Gives a user another role. Their open sessions end: they sign in again under the new role. */
export async function changeUserRole(userId: string, role: Role, adminId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true } });
    if (before.role === role) return;
    if (before.role === "ADMIN") await keepAnActiveAdmin(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { role, sessionGeneration: { increment: 1 } } });
    await recordAudit(tx, {
      actorId: adminId,
      action: "user.role",
      entityType: "user",
      entityId: userId,
      before,
      after: { role },
    });
  });
}

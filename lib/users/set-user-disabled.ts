import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import { keepAnActiveAdmin } from "./keep-an-active-admin.ts";
import { UserAdminError } from "./user-admin-error.ts";

/** Disables a user (ending their sessions at once) or lets them sign in again. Their work stays. */
export async function setUserDisabled(userId: string, disabled: boolean, adminId: string): Promise<void> {
  if (disabled && userId === adminId)
    throw new UserAdminError("You cannot disable your own account. Ask another admin.");
  await db().$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { disabledAt: true } });
    if (Boolean(before.disabledAt) === disabled) return;
    if (disabled) await keepAnActiveAdmin(tx, userId);
    await tx.user.update({
      where: { id: userId },
      data: disabled ? { disabledAt: new Date(), sessionGeneration: { increment: 1 } } : { disabledAt: null },
    });
    await recordAudit(tx, {
      actorId: adminId,
      action: disabled ? "user.disable" : "user.enable",
      entityType: "user",
      entityId: userId,
      before,
      after: { disabled },
    });
  });
}

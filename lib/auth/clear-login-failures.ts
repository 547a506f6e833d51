import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";

export type LockSubject = { email: string } | { address: string };

/** An admin lifts the waits on an account (from every address) or on an address (for every account). */
export async function clearLoginFailures(subject: LockSubject, adminId: string): Promise<number> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.loginFailure.deleteMany({ where: subject });
    const [entityType, entityId] =
      "email" in subject ? ["login_account", subject.email] : ["login_address", subject.address];
    await recordAudit(tx, {
      actorId: adminId,
      action: "login.clear",
      entityType,
      entityId,
      before: { failures: count },
    });
    return count;
  });
}

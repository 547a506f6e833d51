import type { Prisma } from "../db/generated/client.ts";
import { UserAdminError } from "./user-admin-error.ts";

/**
 * Inside the caller's transaction, before `userId` stops being an active admin: refuses when nobody else
 * would be left to manage accounts. Locks the active admins' rows, so two admins demoting each other at
 * the same moment cannot both succeed.
 */
export async function keepAnActiveAdmin(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM users WHERE role = 'ADMIN' AND disabled_at IS NULL ORDER BY id FOR UPDATE`;
  if (admins.some((admin) => admin.id === userId) && admins.length === 1)
    throw new UserAdminError("This is the last active admin. Make someone else an admin first.");
}

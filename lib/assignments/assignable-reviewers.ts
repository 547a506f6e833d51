import type { Prisma } from "../db/generated/client.ts";
import { ACCESS } from "../auth/roles.ts";

/** Whoever may tag may be assigned articles: active reviewers and admins. */
export const ASSIGNABLE_ROLES: readonly string[] = ACCESS.tagging;

/** How many of `ids` may still be assigned work, checked inside the write's transaction. */
export function countAssignable(tx: Prisma.TransactionClient, ids: readonly string[]): Promise<number> {
  return tx.user.count({ where: { id: { in: [...ids] }, disabledAt: null, role: { in: [...ACCESS.tagging] } } });
}

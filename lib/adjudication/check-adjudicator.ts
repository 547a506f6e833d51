import { ACCESS } from "../auth/roles.ts";
import type { Prisma } from "../db/generated/client.ts";
import { AdjudicationError } from "./adjudication-error.ts";

/**
 * Refuses anyone but an active editor or admin, inside the write's transaction: the route's guard checks the
 * session, and this keeps gold out of reach of any other caller of lib/ too.
 */
export async function checkAdjudicator(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  const allowed = await tx.user.count({
    where: { id: userId, disabledAt: null, role: { in: [...ACCESS.adjudicate] } },
  });
  if (allowed === 0) throw new AdjudicationError("Only editors and admins adjudicate articles.");
}

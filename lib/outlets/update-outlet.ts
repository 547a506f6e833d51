import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import type { Prisma } from "../db/generated/client.ts";
import { lockUntilCommit } from "../db/transaction-lock.ts";
import { findOutletsByNames } from "./find-outlets-by-names.ts";
import { lockOutletRows } from "./lock-outlet-rows.ts";
import { outletNameLock } from "./outlet-names.ts";
import { outletSnapshot } from "./outlet-snapshot.ts";
import type { OutletDetails } from "./schemas.ts";

export class OutletConflictError extends Error {}

/** An admin's edit of an outlet's details, aliases and domains, audited with before and after. */
export async function updateOutlet(outletId: string, details: OutletDetails, actorId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const names = [details.name, ...details.aliases];
    // Name locks before the row lock, in the order imports take them (see createMissingOutlets).
    await lockUntilCommit(tx, names.map(outletNameLock));
    await lockOutletRows(tx, [outletId]);
    const before = await tx.outlet.findUniqueOrThrow({ where: { id: outletId }, include: { domains: true } });
    await refuseTakenDomains(tx, outletId, details.domains);
    await refuseTakenNames(tx, outletId, names);

    const { domains, ...fields } = details;
    await tx.outlet.update({ where: { id: outletId }, data: fields });
    await tx.outletDomain.deleteMany({ where: { outletId, domain: { notIn: domains } } });
    await tx.outletDomain.createMany({ data: domains.map((domain) => ({ domain, outletId })), skipDuplicates: true });
    await recordAudit(tx, {
      actorId,
      action: "outlet.update",
      entityType: "outlet",
      entityId: outletId,
      before: outletSnapshot(before),
      after: { ...fields, domains },
    });
  });
}

async function refuseTakenDomains(tx: Prisma.TransactionClient, outletId: string, domains: string[]) {
  const taken = await tx.outletDomain.findMany({
    where: { domain: { in: domains }, outletId: { not: outletId } },
    include: { outlet: { select: { name: true } } },
  });
  if (taken.length)
    throw new OutletConflictError(taken.map((d) => `${d.domain} already belongs to ${d.outlet.name}.`).join(" "));
}

// An alias that is another outlet's name or alias would let imports match either outlet.
async function refuseTakenNames(tx: Prisma.TransactionClient, outletId: string, names: string[]) {
  const taken = [...(await findOutletsByNames(tx, names, outletId))];
  if (taken.length)
    throw new OutletConflictError(
      taken.map(([name, other]) => `“${name}” already belongs to ${other.name}.`).join(" "),
    );
}

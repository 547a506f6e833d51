import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import type { OutletDetails } from "./schemas.ts";

export class OutletConflictError extends Error {}

/** An admin's edit of an outlet's details and domains, recorded in the audit log with before and after. */
export async function updateOutlet(outletId: string, details: OutletDetails, actorId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await tx.outlet.findUniqueOrThrow({ where: { id: outletId }, include: { domains: true } });
    const taken = await tx.outletDomain.findMany({
      where: { domain: { in: details.domains }, outletId: { not: outletId } },
      include: { outlet: { select: { name: true } } },
    });
    if (taken.length)
      throw new OutletConflictError(taken.map((d) => `${d.domain} already belongs to ${d.outlet.name}.`).join(" "));
    const clash = await tx.outlet.findFirst({
      where: { name: { equals: details.name, mode: "insensitive" }, id: { not: outletId } },
    });
    if (clash) throw new OutletConflictError(`Another outlet is already called ${clash.name}.`);

    const { domains, ...fields } = details;
    await tx.outlet.update({ where: { id: outletId }, data: fields });
    await tx.outletDomain.deleteMany({ where: { outletId, domain: { notIn: domains } } });
    await tx.outletDomain.createMany({ data: domains.map((domain) => ({ domain, outletId })), skipDuplicates: true });
    await recordAudit(tx, {
      actorId,
      action: "outlet.update",
      entityType: "outlet",
      entityId: outletId,
      before: {
        name: before.name,
        country: before.country,
        language: before.language,
        notes: before.notes,
        domains: before.domains.map((d) => d.domain),
      },
      after: { ...fields, domains },
    });
  });
}

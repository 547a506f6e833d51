import type { Prisma } from "../db/generated/client.ts";
import { lockUntilCommit } from "../db/transaction-lock.ts";
import { nameFromDomain, outletDomain } from "./domains.ts";

export interface OutletClaim {
  /** The outlet name the source gives, if any. */
  name: string | null;
  url: string | null;
}

export interface ResolvedOutlet {
  id: string | null; // null: not stored yet, created on save
  name: string;
  domain: string | null;
}

type Reader = Pick<Prisma.TransactionClient, "outlet" | "outletDomain">;

/**
 * Matches each claim to an outlet: by the URL's domain first (names vary, "The Sentinel" vs
 * "Bayside Sentinel"), then by name, case-insensitively. Unmatched claims get a proposed new outlet.
 * Returns one entry per claim, or null where neither a name nor a URL says who published it.
 */
export async function matchOutlets(reader: Reader, claims: OutletClaim[]): Promise<(ResolvedOutlet | null)[]> {
  const domains = [...new Set(claims.map((claim) => outletDomain(claim.url)).filter((d): d is string => Boolean(d)))];
  const names = [...new Set(claims.map((claim) => claim.name).filter((n): n is string => Boolean(n)))];
  const [byDomain, byName] = await Promise.all([
    reader.outletDomain.findMany({
      where: { domain: { in: domains } },
      select: { domain: true, outlet: { select: { id: true, name: true } } },
    }),
    reader.outlet.findMany({ where: { name: { in: names, mode: "insensitive" } }, select: { id: true, name: true } }),
  ]);
  const domainIndex = new Map(byDomain.map((row) => [row.domain, row.outlet]));
  const nameIndex = new Map(byName.map((outlet) => [outlet.name.toLowerCase(), outlet]));

  return claims.map(({ name, url }) => {
    const domain = outletDomain(url);
    const known = (domain && domainIndex.get(domain)) || (name && nameIndex.get(name.toLowerCase()));
    if (known) return { id: known.id, name: known.name, domain };
    if (name) return { id: null, name, domain };
    return domain ? { id: null, name: nameFromDomain(domain), domain } : null;
  });
}

/** Creates the proposed outlets (with their domains) and returns every resolved outlet's id by name. */
export async function createMissingOutlets(
  tx: Prisma.TransactionClient,
  resolved: (ResolvedOutlet | null)[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  // Two imports proposing the same new outlet: the second waits, then finds the first one's outlet.
  const proposed = resolved.filter((outlet) => outlet && !outlet.id).map((outlet) => outlet!.name.toLowerCase());
  await lockUntilCommit(
    tx,
    proposed.map((name) => `outlet:${name}`),
  );
  for (const outlet of resolved) {
    if (!outlet || ids.has(outlet.name.toLowerCase())) continue;
    const id = outlet.id ?? (await createOrFindOutlet(tx, outlet)).id;
    ids.set(outlet.name.toLowerCase(), id);
  }
  return ids;
}

async function createOrFindOutlet(tx: Prisma.TransactionClient, outlet: ResolvedOutlet) {
  const existing = await tx.outlet.findFirst({ where: { name: { equals: outlet.name, mode: "insensitive" } } });
  if (existing) return existing;
  return tx.outlet.create({
    data: { name: outlet.name, domains: outlet.domain ? { create: [{ domain: outlet.domain }] } : undefined },
  });
}

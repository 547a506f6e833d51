import type { Prisma } from "../db/generated/client.ts";
import { lockUntilCommit } from "../db/transaction-lock.ts";
import { nameFromDomain, outletDomain } from "./domains.ts";
import { findOutletsByNames } from "./find-outlets-by-names.ts";
import { newOutletDomains } from "./new-outlet-domains.ts";
import { collapseWhitespace, outletNameKey, outletNameLock } from "./outlet-names.ts";

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

type Reader = Pick<Prisma.TransactionClient, "outletDomain" | "$queryRaw">;

/**
 * Matches each claim to an outlet: by the URL's domain first (names vary, "The Sentinel" vs
 * "Bayside Sentinel"), then by name or alias, ignoring case and spacing. Unmatched claims get a
 * proposed new outlet. Returns one entry per claim, or null where neither a name nor a URL says who
 * published it.
 */
export async function matchOutlets(reader: Reader, claims: OutletClaim[]): Promise<(ResolvedOutlet | null)[]> {
  const domains = [...new Set(claims.map((claim) => outletDomain(claim.url)).filter((d): d is string => Boolean(d)))];
  const names = [...new Set(claims.map((claim) => claim.name).filter((n): n is string => Boolean(n)))];
  const [byDomain, byName] = await Promise.all([
    reader.outletDomain.findMany({
      where: { domain: { in: domains } },
      select: { domain: true, outlet: { select: { id: true, name: true } } },
    }),
    findOutletsByNames(reader, names),
  ]);
  const domainIndex = new Map(byDomain.map((row) => [row.domain, row.outlet]));

  return claims.map(({ name, url }) => {
    const domain = outletDomain(url);
    const known = (domain && domainIndex.get(domain)) || (name && byName.get(name));
    if (known) return { id: known.id, name: known.name, domain };
    const given = name && collapseWhitespace(name);
    if (given) return { id: null, name: given, domain };
    return domain ? { id: null, name: nameFromDomain(domain), domain } : null;
  });
}

/**
 * Creates the proposed outlets, each with its domain unless another new outlet of the batch shares it
 * (newOutletDomains), and returns every resolved outlet's id by name.
 */
export async function createMissingOutlets(
  tx: Prisma.TransactionClient,
  resolved: (ResolvedOutlet | null)[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  // Two imports proposing the same new outlet, or an admin giving that name as an alias meanwhile:
  // this one waits, then finds their outlet.
  await lockUntilCommit(
    tx,
    resolved.filter((outlet) => outlet && !outlet.id).map((outlet) => outletNameLock(outlet!.name)),
  );
  const domains = newOutletDomains(resolved);
  for (const outlet of resolved) {
    if (!outlet || ids.has(outlet.name.toLowerCase())) continue;
    const domain = domains.get(outletNameKey(outlet.name))?.domain ?? null;
    const id = outlet.id ?? (await createOrFindOutlet(tx, outlet.name, domain));
    ids.set(outlet.name.toLowerCase(), id);
  }
  return ids;
}

async function createOrFindOutlet(tx: Prisma.TransactionClient, name: string, domain: string | null) {
  const existing = (await findOutletsByNames(tx, [name])).get(name);
  if (existing) return existing.id;
  const { id } = await tx.outlet.create({ data: { name } });
  // An outlet stored meanwhile by another import or an admin may have taken the domain: it keeps it.
  if (domain) await tx.outletDomain.createMany({ data: [{ domain, outletId: id }], skipDuplicates: true });
  return id;
}

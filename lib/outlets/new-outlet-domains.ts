import { outletNameKey } from "./outlet-names.ts";
import type { ResolvedOutlet } from "./resolve-outlets.ts";

export interface NewOutletDomain {
  /** The domain the new outlet is stored with; null when it has none of its own. */
  domain: string | null;
  /** A domain its rows carry that other new outlets of the same batch carry too, with those outlets' names. */
  shared: { domain: string; with: string[] } | null;
}

/**
 * The domain each outlet a batch would create is stored with, by name key. A domain identifies one outlet, so
 * when rows of two new outlets (two names on one site, such as a syndication portal) carry the same unknown
 * domain, both outlets are created and neither takes the domain: later imports then match them by name, as
 * this batch did, instead of filing everything from the site under whichever came first.
 */
export function newOutletDomains(resolved: (ResolvedOutlet | null)[]): Map<string, NewOutletDomain> {
  const domainsByName = new Map<string, { name: string; domains: string[] }>();
  const namesByDomain = new Map<string, Set<string>>();
  for (const outlet of resolved) {
    if (!outlet || outlet.id) continue;
    const key = outletNameKey(outlet.name);
    const entry = domainsByName.get(key) ?? { name: outlet.name, domains: [] };
    domainsByName.set(key, entry);
    if (!outlet.domain) continue;
    entry.domains.push(outlet.domain);
    namesByDomain.set(outlet.domain, (namesByDomain.get(outlet.domain) ?? new Set()).add(key));
  }
  const names = (keys: Set<string>, except: string) =>
    [...keys].filter((key) => key !== except).map((key) => domainsByName.get(key)!.name);
  return new Map(
    [...domainsByName].map(([key, { domains }]): [string, NewOutletDomain] => {
      const own = domains.find((domain) => namesByDomain.get(domain)!.size === 1) ?? null;
      const sharedDomain = domains.find((domain) => namesByDomain.get(domain)!.size > 1);
      const shared = sharedDomain ? { domain: sharedDomain, with: names(namesByDomain.get(sharedDomain)!, key) } : null;
      return [key, { domain: own, shared }];
    }),
  );
}

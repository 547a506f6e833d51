import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { describeRange, type AddressVerdict } from "./address-policy.ts";

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Every address a host name resolves to. Injectable so tests can map names without a DNS server. */
export type Resolver = (hostname: string) => Promise<readonly string[]>;

/** Decides whether an address may be connected to. Injectable so tests can treat their loopback server as public. */
export type AddressClassifier = (address: string) => AddressVerdict;

export const systemResolver: Resolver = async (hostname) => {
  const results = await lookup(hostname, { all: true, verbatim: true });
  return results.map(({ address }) => address);
};

export interface HostPolicy {
  resolve: Resolver;
  classify: AddressClassifier;
  allowPrivateNetwork: boolean;
}

export type VettedHost = { ok: true; address: ResolvedAddress } | { ok: false; reason: string };

/** URL host names keep IPv6 literals in brackets; DNS and the classifier want them bare. */
function bareHost(hostname: string): string {
  return hostname.replace(/^\[|\]$/g, "");
}

function withFamily(address: string): ResolvedAddress | null {
  const family = isIP(address);
  return family === 0 ? null : { address, family: family === 6 ? 6 : 4 };
}

/** The host's addresses (never an empty list), or why there are none. */
async function resolveAll(hostname: string, resolve: Resolver): Promise<ResolvedAddress[] | string> {
  const literal = withFamily(hostname);
  if (literal) return [literal];
  let answers: readonly string[];
  try {
    answers = await resolve(hostname);
  } catch {
    return `The site name ${hostname} could not be found. Check the address for typos, or try again later.`;
  }
  const addresses = answers.map(withFamily).filter((address): address is ResolvedAddress => address !== null);
  return addresses.length > 0 ? addresses : `The site name ${hostname} has no addresses. Check the address for typos.`;
}

/**
 * Resolves the host and checks every address it has, so a name that also points into a private network
 * is refused as a whole. The caller connects to the returned address only, never resolving again: a DNS
 * answer that changes between the check and the connection (DNS rebinding) cannot slip through.
 */
export async function vetHost(hostname: string, policy: HostPolicy): Promise<VettedHost> {
  const addresses = await resolveAll(bareHost(hostname), policy.resolve);
  if (typeof addresses === "string") return { ok: false, reason: addresses };
  if (!policy.allowPrivateNetwork) {
    for (const { address } of addresses) {
      const verdict = policy.classify(address);
      if (!verdict.allowed)
        return {
          ok: false,
          reason: `The address resolves to ${describeRange(verdict.range)} (${address}); only an admin can import from there.`,
        };
    }
  }
  const [first] = addresses;
  return { ok: true, address: first };
}

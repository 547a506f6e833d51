import ipaddr from "ipaddr.js";
import { PEER_ADDRESS_HEADER } from "./peer-address-header.ts";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string {
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  return (Array.isArray(value) ? value.join(",") : (value ?? "")).trim();
}

/** An address in one spelling ("::ffff:10.0.0.1" is 10.0.0.1), or null for anything that is not one. */
function normalise(address: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  return ipaddr.isValid(address) ? ipaddr.process(address) : null;
}

/** FRAMEWISE_TRUSTED_PROXIES: addresses and CIDR ranges (comma-separated) of the proxies in front. */
function trustedProxies(): [ipaddr.IPv4 | ipaddr.IPv6, number][] {
  return (process.env.FRAMEWISE_TRUSTED_PROXIES ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      if (entry.includes("/")) return ipaddr.parseCIDR(entry);
      const address = ipaddr.parse(entry);
      return [address, address.kind() === "ipv4" ? 32 : 128];
    });
}

function isTrusted(address: ipaddr.IPv4 | ipaddr.IPv6, proxies: [ipaddr.IPv4 | ipaddr.IPv6, number][]): boolean {
  return proxies.some((range) => address.kind() === range[0].kind() && address.match(range));
}

/**
 * The client address for sign-in throttling. It starts from the socket's address; only when that is a
 * configured proxy is X-Forwarded-For read, from the right, skipping further trusted proxies, and the first
 * address a trusted proxy vouches for is the client. With no proxies configured (the default) a client's
 * own X-Forwarded-For is ignored, so forging it gets no fresh counter.
 */
export function clientAddress(headers: HeaderSource): string {
  const peer = normalise(header(headers, PEER_ADDRESS_HEADER));
  if (!peer) return "unknown";
  const proxies = trustedProxies();
  let client = peer;
  const hops = header(headers, "x-forwarded-for")
    .split(",")
    .map((hop) => hop.trim());
  while (isTrusted(client, proxies) && hops.length > 0) {
    const next = normalise(hops.pop() ?? "");
    if (!next) break; // a proxy would never write garbage: what lies left of it is the client's own text
    client = next;
  }
  return client.toString();
}

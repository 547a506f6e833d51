import ipaddr from "ipaddr.js";

/** Whether the importer may connect to an address; a refusal names the range so the message can explain it. */
export type AddressVerdict = { allowed: true } | { allowed: false; range: string };

/** How a refused range reads in a message to the reviewer. */
const RANGE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  unspecified: "an unspecified address",
  broadcast: "the broadcast address",
  multicast: "a multicast address",
  linkLocal: "a link-local address (where cloud metadata services live)",
  loopback: "this server itself (loopback)",
  carrierGradeNat: "a carrier-grade NAT range",
  private: "a private network",
  uniqueLocal: "a private network (IPv6 unique local)",
  deprecatedSiteLocal: "a private network (IPv6 site local)",
  ipv4Compatible: "an IPv4-compatible IPv6 address",
  reserved: "a reserved or documentation range",
  invalid: "an address that could not be parsed",
};

export function describeRange(range: string): string {
  return RANGE_DESCRIPTIONS[range] ?? `a special-purpose range (${range})`;
}

/** The IPv4 address carried in the low 32 bits of NAT64 (64:ff9b::/96) addresses. */
function lowIPv4(address: ipaddr.IPv6): ipaddr.IPv4 {
  const bytes = address.toByteArray();
  return new ipaddr.IPv4(bytes.slice(12, 16));
}

/** The IPv4 address 6to4 (2002::/16) embeds after its prefix. */
function sixToFourIPv4(address: ipaddr.IPv6): ipaddr.IPv4 {
  const bytes = address.toByteArray();
  return new ipaddr.IPv4(bytes.slice(2, 6));
}

function classifyIPv4(address: ipaddr.IPv4): AddressVerdict {
  const range = address.range();
  return range === "unicast" ? { allowed: true } : { allowed: false, range };
}

function classifyIPv6(address: ipaddr.IPv6): AddressVerdict {
  const range = address.range();
  if (range === "unicast") return { allowed: true };
  // Addresses that carry an IPv4 address are judged by it: a DNS64 resolver hands out 64:ff9b::a.b.c.d for
  // every IPv4-only site, and ::ffff:10.0.0.5 reaches 10.0.0.5.
  if (range === "ipv4Mapped") return classifyIPv4(address.toIPv4Address());
  if (range === "rfc6052") return classifyIPv4(lowIPv4(address));
  if (range === "6to4") return classifyIPv4(sixToFourIPv4(address));
  return { allowed: false, range };
}

/** IPv4-compatible IPv6 (::a.b.c.d, deprecated) is not in ipaddr.js's table; nothing public uses it. */
function isIPv4Compatible(address: ipaddr.IPv6): boolean {
  return address.parts.slice(0, 6).every((part) => part === 0);
}

/**
 * Decides whether an import may connect to an address: only globally routable unicast is allowed, so a
 * URL cannot reach this server, its private network, a cloud metadata service or a multicast group.
 */
export function classifyAddress(address: string): AddressVerdict {
  const literal = address.replace(/^\[|\]$/g, "");
  if (!ipaddr.isValid(literal)) return { allowed: false, range: "invalid" };
  const parsed = ipaddr.parse(literal);
  if (parsed.kind() === "ipv4") return classifyIPv4(parsed as ipaddr.IPv4);
  const ipv6 = parsed as ipaddr.IPv6;
  if (ipv6.range() === "unicast" && isIPv4Compatible(ipv6)) return { allowed: false, range: "ipv4Compatible" };
  return classifyIPv6(ipv6);
}

export function isPublicAddress(address: string): boolean {
  return classifyAddress(address).allowed;
}

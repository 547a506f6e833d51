import ipaddr from "ipaddr.js";

/**
 * Only ordinary public unicast addresses may be fetched: loopback, private, link-local (cloud
 * metadata at 169.254.169.254), unique-local, carrier-grade NAT, multicast, reserved and
 * translation ranges (an IPv4-mapped or NAT64 address could reach the same hosts) are refused.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === "unicast";
}

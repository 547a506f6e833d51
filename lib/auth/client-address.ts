/**
 * The client address for per-address throttling. Each proxy appends the address it saw to
 * X-Forwarded-For, and Next adds the socket address when the header is absent, so the entry
 * FRAMEWISE_TRUSTED_PROXIES (default 1: the load balancer) from the right is the one nobody could forge.
 */
export function clientAddress(headers: Record<string, string | string[] | undefined>): string {
  const header = headers["x-forwarded-for"];
  const hops = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  const trusted = Math.max(1, Number(process.env.FRAMEWISE_TRUSTED_PROXIES ?? 1));
  return hops[Math.max(0, hops.length - trusted)] ?? "unknown";
}

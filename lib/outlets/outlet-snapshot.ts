import type { Outlet } from "../db/generated/client.ts";

export type OutletWithDomains = Outlet & { domains: { domain: string }[] };

/** An outlet's editable details as the audit log records them before and after a change. */
export function outletSnapshot(outlet: OutletWithDomains) {
  return {
    name: outlet.name,
    country: outlet.country,
    language: outlet.language,
    notes: outlet.notes,
    aliases: outlet.aliases,
    domains: outlet.domains.map((d) => d.domain),
  };
}

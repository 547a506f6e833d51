import type { OutletChoice } from "@/lib/outlets/list-outlet-choices";

const fold = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();

/** The outlets whose name, an alias or a domain contains what was typed; exact names first. */
export function outletMatches(outlets: OutletChoice[], typed: string, limit = 8): OutletChoice[] {
  const query = fold(typed);
  if (!query) return outlets.slice(0, limit);
  const names = (outlet: OutletChoice) => [outlet.name, ...outlet.aliases, ...outlet.domains].map(fold);
  return outlets
    .filter((outlet) => names(outlet).some((name) => name.includes(query)))
    .sort((a, b) => Number(isNamed(b, typed)) - Number(isNamed(a, typed)))
    .slice(0, limit);
}

/** Whether the outlet goes by exactly this name or alias (case and spacing ignored), or this domain. */
export function isNamed(outlet: OutletChoice, typed: string): boolean {
  const query = fold(typed);
  return [outlet.name, ...outlet.aliases, ...outlet.domains].some((name) => fold(name) === query);
}

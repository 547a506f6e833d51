import { db } from "../db/client.ts";

export interface OutletChoice {
  id: string;
  name: string;
  aliases: string[];
  domains: string[];
}

/** Every outlet with the names and domains it can be found by, ordered by name: what pickers offer. */
export async function listOutletChoices(): Promise<OutletChoice[]> {
  const outlets = await db().outlet.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, aliases: true, domains: { select: { domain: true }, orderBy: { domain: "asc" } } },
  });
  return outlets.map((outlet) => ({ ...outlet, domains: outlet.domains.map((d) => d.domain) }));
}

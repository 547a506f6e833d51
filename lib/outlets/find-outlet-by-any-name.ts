import { db } from "../db/client.ts";
import { domainFromText } from "./domains.ts";
import { findOutletsByNames, type OutletRef } from "./find-outlets-by-names.ts";

/**
 * The outlet `text` names exactly: its name or an alias (ignoring case and spacing), else one of its
 * domains, also when given as a URL or with "www.".
 */
export async function findOutletByAnyName(text: string): Promise<OutletRef | null> {
  const byName = (await findOutletsByNames(db(), [text])).get(text);
  if (byName) return byName;
  const domain = domainFromText(text);
  if (!domain) return null;
  const row = await db().outletDomain.findUnique({
    where: { domain },
    select: { outlet: { select: { id: true, name: true } } },
  });
  return row?.outlet ?? null;
}

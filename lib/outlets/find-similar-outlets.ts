import { Prisma } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import type { OutletRef } from "./find-outlets-by-names.ts";
import { outletWordsSql } from "./outlet-names.ts";

const givenWords = outletWordsSql(Prisma.raw("g.text"));
const nameWords = outletWordsSql(Prisma.raw("n.value"));
const labelWords = outletWordsSql(Prisma.raw("split_part(d.domain, '.', 1)"));

/**
 * For each proposed new outlet name (keyed as given), the stored outlets that look like the same one:
 * one's name or alias contains the other's whole words ("LBCI" ~ "LBCI (lbcgroup.tv)"), or the name,
 * spaces dropped, is the first label of one of its domains ("LBC Group" ~ lbcgroup.tv). No fuzzy
 * (trigram) matching: the pg_trgm extension is not installed.
 */
export async function findSimilarOutlets(names: string[]): Promise<Map<string, OutletRef[]>> {
  const rows = await db().$queryRaw<(OutletRef & { text: string })[]>`
    SELECT g.text, o.id, o.name
    FROM unnest(${[...new Set(names)]}::text[]) AS g(text)
    CROSS JOIN LATERAL (SELECT ${givenWords} AS words) AS given
    JOIN outlets o ON given.words <> '' AND (
      EXISTS (
        SELECT 1 FROM unnest(array_prepend(o.name, o.aliases)) AS n(value)
        CROSS JOIN LATERAL (SELECT ${nameWords} AS words) AS known
        WHERE known.words <> ''
          AND (' ' || known.words || ' ' LIKE '% ' || given.words || ' %'
            OR ' ' || given.words || ' ' LIKE '% ' || known.words || ' %'))
      OR EXISTS (
        SELECT 1 FROM outlet_domains d
        WHERE d.outlet_id = o.id AND replace(given.words, ' ', '') = replace(${labelWords}, ' ', '')))
    ORDER BY g.text, o.name`;
  const similar = new Map(names.map((name): [string, OutletRef[]] => [name, []]));
  for (const { text, ...outlet } of rows) similar.get(text)!.push(outlet);
  return similar;
}

import { Prisma } from "../db/generated/client.ts";
import { OUTLET_NAMES_SQL, outletNameKeySql } from "./outlet-names.ts";

export interface OutletRef {
  id: string;
  name: string;
}

export type SqlReader = Pick<Prisma.TransactionClient, "$queryRaw">;

/**
 * The outlet each text names, by its name or one of its aliases (compared as `outletNameKey` does),
 * keyed by the text as given; `exceptId`'s own names are not looked at. A text that is one outlet's
 * name and another's alias (saving refuses that, but older rows may disagree) goes to the outlet it names.
 */
export async function findOutletsByNames(
  reader: SqlReader,
  texts: string[],
  exceptId: string | null = null,
): Promise<Map<string, OutletRef>> {
  if (texts.length === 0) return new Map();
  const rows = await reader.$queryRaw<(OutletRef & { text: string })[]>`
    SELECT DISTINCT ON (t.text) t.text, n.id, n.name
    FROM unnest(${texts}::text[]) AS t(text)
    JOIN ${OUTLET_NAMES_SQL} AS n
      ON ${outletNameKeySql(Prisma.raw("n.value"))} = ${outletNameKeySql(Prisma.raw("t.text"))}
    WHERE n.id IS DISTINCT FROM ${exceptId}::uuid
    ORDER BY t.text, n.is_alias, n.name`;
  return new Map(rows.map(({ text, ...outlet }) => [text, outlet]));
}

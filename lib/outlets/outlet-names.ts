import { Prisma } from "../db/generated/client.ts";

/**
 * How names and aliases are compared: case-insensitively, with runs of whitespace as one space, so a
 * pasted " lbci  " finds "LBCI". The SQL form below must stay the same comparison.
 */
export function outletNameKey(text: string): string {
  return collapseWhitespace(text).toLowerCase();
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** `outletNameKey` in SQL, applied to a column or parameter. */
export function outletNameKeySql(expression: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`lower(btrim(regexp_replace(${expression}, '[[:space:]]+', ' ', 'g')))`;
}

/**
 * Every name an outlet answers to, one row each (its name, then its aliases), as a FROM item with
 * columns `id`, `name` (the outlet's own), `value` (this name or alias) and `is_alias`.
 */
export const OUTLET_NAMES_SQL = Prisma.sql`(
  SELECT o.id, o.name, n.value, n.position > 1 AS is_alias
  FROM outlets o
  CROSS JOIN LATERAL unnest(array_prepend(o.name, o.aliases)) WITH ORDINALITY AS n(value, position)
)`;

/**
 * The transaction lock for a name: imports creating an outlet and admins naming one take it, so a
 * name is never given to two outlets at once.
 */
export function outletNameLock(name: string): string {
  return `outlet:${outletNameKey(name)}`;
}

/** Each alias once (its first spelling), tidied, and never the outlet's own name. */
export function distinctAliases(name: string, aliases: string[]): string[] {
  const seen = new Set([outletNameKey(name)]);
  return aliases.map(collapseWhitespace).filter((alias) => {
    const key = outletNameKey(alias);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A name's words in SQL: lower-cased, with punctuation and spaces between them as single spaces
 * ("LBCI (lbcgroup.tv)" → "lbci lbcgroup tv"). Having no punctuation, the result is safe inside a
 * LIKE pattern (no %, _ or \).
 */
export function outletWordsSql(expression: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`btrim(regexp_replace(lower(${expression}), '[[:punct:][:space:]]+', ' ', 'g'))`;
}

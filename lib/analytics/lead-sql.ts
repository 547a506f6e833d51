import { Prisma } from "../db/generated/client.ts";

/**
 * The end of an article's lead (its first paragraph) in UTF-16 code units, the unit of tag offsets, for the
 * article aliased `a`; null when the body is one paragraph. Postgres counts code points, so each character
 * outside the Basic Multilingual Plane before the break adds one more unit.
 */
export const leadEndSql = Prisma.sql`(
  SELECT CASE WHEN p.pos = 0 THEN NULL
    ELSE p.pos - 1 + length(regexp_replace(left(a.body_text, p.pos - 1), '[^\\U00010000-\\U0010FFFF]', '', 'g')) END
  FROM (SELECT strpos(a.body_text, chr(10) || chr(10)) AS pos) p
)`;

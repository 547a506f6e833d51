import { Prisma } from "../db/generated/client.ts";

/**
 * `namings`: the counted naming tags with `name_key` (the name case-folded, spaces collapsed) and `is_loaded`: the
 * same coder (reviewer, or the gold layer) tagged loaded language overlapping it, e.g. "the mayor's cronies" with
 * "cronies" tagged as a group label. To follow `countedSql` with the same codebook `version` filter.
 *
 * A loaded-language tag of the same article and coder counts whenever the naming does (the rule counts coders of
 * articles), so the overlap is looked up in `annotations` by its index, one lookup per naming, rather than by
 * scanning every counted tag for each naming.
 */
export function namingsSql(version: number | null): Prisma.Sql {
  return Prisma.sql`
  namings AS (
    SELECT n.*, lower(regexp_replace(btrim(n.quoted_text), '[[:space:]]+', ' ', 'g')) AS name_key,
           EXISTS (
             SELECT 1
             FROM annotations l
             JOIN codebook_categories lc ON lc.id = l.category_id
             JOIN codebook_versions lv ON lv.id = lc.version_id
             WHERE l.article_id = n.article_id AND l.reviewer_id = n.reviewer_id AND l.layer = n.layer
               AND lc.kind = 'LOADED_LANGUAGE' AND l.start_offset < n.end_offset AND n.start_offset < l.end_offset
               AND (${version}::int IS NULL OR lv.version = ${version}::int)
           ) AS is_loaded
    FROM counted_tags n
    WHERE n.kind = 'NAMING'
  )`;
}

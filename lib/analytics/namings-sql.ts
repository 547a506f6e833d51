import { Prisma } from "../db/generated/client.ts";

/**
 * `namings`: the counted naming tags with `name_key` (the name case-folded, spaces collapsed) and `is_loaded`: the
 * same coder (reviewer, or the gold layer) tagged loaded language overlapping it, e.g. "the mayor's cronies" with
 * "cronies" tagged as a group label. To follow `countedSql`.
 */
export const namingsSql = Prisma.sql`
  namings AS (
    SELECT n.*, lower(regexp_replace(btrim(n.quoted_text), '[[:space:]]+', ' ', 'g')) AS name_key,
           EXISTS (
             SELECT 1 FROM counted_tags l
             WHERE l.kind = 'LOADED_LANGUAGE' AND l.article_id = n.article_id AND l.reviewer_id = n.reviewer_id
               AND l.layer = n.layer AND l.start_offset < n.end_offset AND n.start_offset < l.end_offset
           ) AS is_loaded
    FROM counted_tags n
    WHERE n.kind = 'NAMING'
  )`;

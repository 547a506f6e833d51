import type { SqlReader } from "./find-outlets-by-names.ts";

export interface MergeDuplicate {
  id: string;
  title: string;
  /** The target's copy: same canonical URL (preferred) or same text. */
  duplicateOfId: string;
  /** The reviewers' tags on the source's copy, which dropping it would delete. */
  tagCount: number;
}

/**
 * The source's articles that the target already has (same canonical URL or same text): moving them
 * would break the one-copy-per-outlet rule, so a merge drops them instead. Ordered by title.
 */
export function findMergeDuplicates(reader: SqlReader, sourceId: string, targetId: string): Promise<MergeDuplicate[]> {
  return reader.$queryRaw<MergeDuplicate[]>`
    SELECT * FROM (
      SELECT DISTINCT ON (s.id) s.id, s.title, t.id AS "duplicateOfId",
        (SELECT count(*)::int FROM annotations a WHERE a.article_id = s.id) AS "tagCount"
      FROM articles s
      JOIN articles t ON t.outlet_id = ${targetId}::uuid
        AND (t.canonical_url = s.canonical_url OR t.content_hash = s.content_hash)
      WHERE s.outlet_id = ${sourceId}::uuid
      ORDER BY s.id, t.canonical_url IS NOT DISTINCT FROM s.canonical_url DESC, t.imported_at
    ) AS duplicates
    ORDER BY title, id`;
}

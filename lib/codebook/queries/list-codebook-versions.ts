import { db } from "../../db/client.ts";
import { DEFAULT_CODEBOOK } from "../default-codebook.ts";

export interface CodebookVersionSummary {
  version: number;
  publishedAt: Date;
  /** The admin who published it; null for versions shipped with Framewise. */
  publishedBy: string | null;
  notes: string | null;
  categoryCount: number;
  /** Tags (reviewers' and gold) made under the version. */
  tagCount: number;
}

/** Every published version of the codebook, newest first, with its categories and tags counted in Postgres. */
export function listCodebookVersions(): Promise<CodebookVersionSummary[]> {
  return db().$queryRaw<CodebookVersionSummary[]>`
    SELECT v.version, v.published_at AS "publishedAt", u.name AS "publishedBy", v.notes,
      (SELECT count(*)::int FROM codebook_categories c WHERE c.version_id = v.id) AS "categoryCount",
      (SELECT count(*)::int FROM annotations a JOIN codebook_categories c ON c.id = a.category_id
        WHERE c.version_id = v.id) AS "tagCount"
    FROM codebook_versions v
    JOIN codebooks b ON b.id = v.codebook_id
    LEFT JOIN users u ON u.id = v.created_by_id
    WHERE b.slug = ${DEFAULT_CODEBOOK.slug} AND v.published_at IS NOT NULL
    ORDER BY v.version DESC`;
}

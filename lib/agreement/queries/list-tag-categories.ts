import { db } from "../../db/client.ts";
import { codedAssignmentsSql } from "./coded-assignments.ts";

export interface TagCategoryRow {
  code: string;
  kind: string;
  label: string;
  position: number;
}

/**
 * The categories agreement reports on: every category of the newest published version of the codebooks the coded
 * tags come from (so a category nobody used shows as such), and any older category a tag still uses; each code
 * with its newest label.
 */
export function listTagCategories(eventId: string): Promise<TagCategoryRow[]> {
  return db().$queryRaw<TagCategoryRow[]>`
    WITH used AS (
      SELECT DISTINCT t.category_id
      FROM annotations t
      JOIN (${codedAssignmentsSql(eventId)}) c ON c.article_id = t.article_id AND c.reviewer_id = t.reviewer_id
      WHERE t.layer = 'REVIEWER'
    ), newest AS (
      SELECT DISTINCT ON (v.codebook_id) v.id
      FROM codebook_versions v
      WHERE v.published_at IS NOT NULL AND v.codebook_id IN (
        SELECT uv.codebook_id FROM used
        JOIN codebook_categories uc ON uc.id = used.category_id
        JOIN codebook_versions uv ON uv.id = uc.version_id)
      ORDER BY v.codebook_id, v.version DESC
    )
    SELECT DISTINCT ON (cat.code) cat.code, cat.kind::text AS kind, cat.label, cat.position
    FROM codebook_categories cat JOIN codebook_versions v ON v.id = cat.version_id
    WHERE cat.version_id IN (SELECT id FROM newest) OR cat.id IN (SELECT category_id FROM used)
    ORDER BY cat.code, v.version DESC`;
}

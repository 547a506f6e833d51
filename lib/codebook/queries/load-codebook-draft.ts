import { db } from "../../db/client.ts";
import type { CategoryKind } from "../../db/generated/enums.ts";
import { DEFAULT_CODEBOOK } from "../default-codebook.ts";
import type { CategoryDefinition } from "../publish-input.ts";
import { definitionOf } from "./category-definition.ts";
import { findCodebookVersion } from "./find-codebook-version.ts";

export interface RetiredCategory extends CategoryDefinition {
  /** The last version that had it; restoring brings back this definition under the same code. */
  lastVersion: number;
}

export interface CodebookDraft {
  version: number;
  publishedAt: Date;
  publishedBy: string | null;
  notes: string | null;
  categories: CategoryDefinition[];
  retired: RetiredCategory[];
}

/**
 * What the editor starts from: the newest version's categories, plus every category earlier versions had and the
 * newest lacks (as last defined), so it can be restored under its code. Null before any version is published.
 */
export async function loadCodebookDraft(): Promise<CodebookDraft | null> {
  const [newest] = await db().$queryRaw<{ version: number }[]>`
    SELECT max(v.version) AS version FROM codebook_versions v JOIN codebooks b ON b.id = v.codebook_id
    WHERE b.slug = ${DEFAULT_CODEBOOK.slug} AND v.published_at IS NOT NULL`;
  const current = newest?.version ? await findCodebookVersion(newest.version) : null;
  if (!current) return null;
  const categories = current.categories.map(({ tagCount: _tagCount, ...definition }) => definition);
  return { ...current, categories, retired: await retiredBefore(current.version) };
}

async function retiredBefore(version: number): Promise<RetiredCategory[]> {
  const rows = await db().$queryRaw<
    { code: string; kind: CategoryKind; label: string; description: string; attributes: unknown; lastVersion: number }[]
  >`
    SELECT * FROM (
      SELECT DISTINCT ON (c.code) c.code, c.kind, c.label, c.description, c.attributes, v.version AS "lastVersion"
      FROM codebook_categories c
      JOIN codebook_versions v ON v.id = c.version_id
      JOIN codebooks b ON b.id = v.codebook_id
      WHERE b.slug = ${DEFAULT_CODEBOOK.slug} AND v.published_at IS NOT NULL AND v.version < ${version}
        AND c.code NOT IN (
          SELECT c2.code FROM codebook_categories c2 JOIN codebook_versions v2 ON v2.id = c2.version_id
          WHERE v2.codebook_id = b.id AND v2.version = ${version})
      ORDER BY c.code, v.version DESC
    ) AS latest
    ORDER BY kind, label`;
  return rows.map((row) => ({ ...definitionOf(row), lastVersion: row.lastVersion }));
}

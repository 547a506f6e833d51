import { db } from "../../db/client.ts";
import { DEFAULT_CODEBOOK } from "../default-codebook.ts";
import { diffCodebook, type CodebookDiff } from "../diff-codebook.ts";
import { findCodebookVersion, type CodebookVersionDetail } from "./find-codebook-version.ts";

/** What a version changed from the one before it (null for the first), as its publisher reviewed it. */
export async function changesInVersion(current: CodebookVersionDetail): Promise<CodebookDiff | null> {
  const previous = current.version > 1 ? await findCodebookVersion(current.version - 1) : null;
  if (!previous) return null;
  const earlier = await db().$queryRaw<{ code: string }[]>`
    SELECT DISTINCT c.code FROM codebook_categories c
    JOIN codebook_versions v ON v.id = c.version_id JOIN codebooks b ON b.id = v.codebook_id
    WHERE b.slug = ${DEFAULT_CODEBOOK.slug} AND v.published_at IS NOT NULL AND v.version < ${previous.version}`;
  const inPrevious = new Set(previous.categories.map((category) => category.code));
  const retired = new Set(earlier.map((row) => row.code).filter((code) => !inPrevious.has(code)));
  return diffCodebook(previous.categories, current.categories, retired);
}

import { db } from "../../db/client.ts";
import { DEFAULT_CODEBOOK } from "../default-codebook.ts";

/**
 * The numbers of the codebook's published versions, oldest first: what a version filter offers. Unlike
 * `listCodebookVersions` it counts nothing, so pages that only need the choice do not count every tag.
 */
export async function listPublishedVersions(): Promise<number[]> {
  const rows = await db().$queryRaw<{ version: number }[]>`
    SELECT v.version
    FROM codebook_versions v
    JOIN codebooks b ON b.id = v.codebook_id
    WHERE b.slug = ${DEFAULT_CODEBOOK.slug} AND v.published_at IS NOT NULL
    ORDER BY v.version`;
  return rows.map((row) => row.version);
}

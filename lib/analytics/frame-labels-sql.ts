import { Prisma } from "../db/generated/client.ts";

/**
 * `frame_labels`: each frame code once, with the label and position of the newest published version that has
 * it, so a frame tagged under two versions shows one label.
 */
export const frameLabelsSql = Prisma.sql`
  frame_labels AS (
    SELECT DISTINCT ON (c.code) c.code, c.label, c.position
    FROM codebook_categories c
    JOIN codebook_versions v ON v.id = c.version_id
    WHERE c.kind = 'FRAME'
    ORDER BY c.code, v.published_at IS NULL, v.version DESC
  )`;

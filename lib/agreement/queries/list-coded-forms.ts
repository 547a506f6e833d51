import { db } from "../../db/client.ts";
import { codedAssignmentsSql } from "./coded-assignments.ts";

export interface CodedFormRow {
  articleId: string;
  reviewerId: string;
  /** Category codes, stable across codebook versions; null where the reviewer chose none. */
  primaryFrame: string | null;
  headlineFrame: string | null;
}

/** The article-level forms of the coded articles' submitted reviewers. */
export function listCodedForms(eventId: string): Promise<CodedFormRow[]> {
  return db().$queryRaw<CodedFormRow[]>`
    SELECT f.article_id::text AS "articleId", f.reviewer_id::text AS "reviewerId",
           p.code AS "primaryFrame", h.code AS "headlineFrame"
    FROM article_forms f
    JOIN (${codedAssignmentsSql(eventId)}) c ON c.article_id = f.article_id AND c.reviewer_id = f.reviewer_id
    LEFT JOIN codebook_categories p ON p.id = f.primary_frame_id
    LEFT JOIN codebook_categories h ON h.id = f.headline_frame_id
    WHERE f.layer = 'REVIEWER'`;
}

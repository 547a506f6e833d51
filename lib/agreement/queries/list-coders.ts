import { db } from "../../db/client.ts";
import { codedAssignmentsSql } from "./coded-assignments.ts";

export interface CoderRow {
  articleId: string;
  /** The article body's length in UTF-16 code units, the unit tag offsets count in. */
  length: number;
  reviewerId: string;
  reviewerName: string;
}

/** Who coded which article, in the order they submitted it; reviewers without a single tag are coders too. */
export function listCoders(eventId: string): Promise<CoderRow[]> {
  // Characters outside the Basic Multilingual Plane take two UTF-16 code units but count once in length(). The
  // pattern removes whole runs of other characters (`+`): one match per character took ~20× longer (bench:load).
  return db().$queryRaw<CoderRow[]>`
    SELECT c.article_id::text AS "articleId",
           (length(a.body_text) + length(regexp_replace(a.body_text, '[^\\U00010000-\\U0010FFFF]+', '', 'g')))::int
             AS length,
           c.reviewer_id::text AS "reviewerId", u.name AS "reviewerName"
    FROM (${codedAssignmentsSql(eventId)}) c
    JOIN articles a ON a.id = c.article_id
    JOIN users u ON u.id = c.reviewer_id
    ORDER BY a.published_at NULLS LAST, a.id, c.submitted_at, c.reviewer_id`;
}

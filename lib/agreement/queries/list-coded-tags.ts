import { db } from "../../db/client.ts";
import { codedAssignmentsSql } from "./coded-assignments.ts";

export interface CodedTagRow {
  articleId: string;
  reviewerId: string;
  code: string;
  kind: string;
  start: number;
  end: number;
  /** Attribution attributes, as stored (the flag as "true" or "false"); null where the tag has none. */
  form: string | null;
  speakerType: string | null;
  anonymous: string | null;
  verbClass: string | null;
  /** Loaded language: favourable or unfavourable to its target. */
  direction: string | null;
  actorId: string | null;
  claimId: string | null;
}

/** The reviewer-layer tags of the coded articles' submitted reviewers, with only what agreement compares. */
export function listCodedTags(eventId: string): Promise<CodedTagRow[]> {
  return db().$queryRaw<CodedTagRow[]>`
    SELECT t.article_id::text AS "articleId", t.reviewer_id::text AS "reviewerId", cat.code, cat.kind::text AS kind,
           t.start_offset AS start, t.end_offset AS "end",
           t.attributes->>'form' AS form, t.attributes->>'speakerType' AS "speakerType",
           t.attributes->>'anonymous' AS anonymous, t.attributes->>'verbClass' AS "verbClass",
           t.attributes->>'direction' AS direction, t.actor_id::text AS "actorId", t.claim_id::text AS "claimId"
    FROM annotations t
    JOIN (${codedAssignmentsSql(eventId)}) c ON c.article_id = t.article_id AND c.reviewer_id = t.reviewer_id
    JOIN codebook_categories cat ON cat.id = t.category_id
    WHERE t.layer = 'REVIEWER'
    ORDER BY t.article_id, t.reviewer_id, t.start_offset, t.end_offset, t.id`;
}

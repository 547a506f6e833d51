import { db } from "../../db/client.ts";
import { codedAssignmentsSql } from "./coded-assignments.ts";

export interface CodedToneRow {
  articleId: string;
  reviewerId: string;
  actorId: string;
  actorName: string;
  /** −2 (hostile) … +2 (favourable). */
  tone: number;
}

/** The tone ratings on the coded articles' submitted reviewer forms, actors in the editors' order. */
export function listCodedTones(eventId: string): Promise<CodedToneRow[]> {
  return db().$queryRaw<CodedToneRow[]>`
    SELECT f.article_id::text AS "articleId", f.reviewer_id::text AS "reviewerId",
           t.actor_id::text AS "actorId", ea.name AS "actorName", t.tone
    FROM article_tones t
    JOIN article_forms f ON f.id = t.form_id
    JOIN (${codedAssignmentsSql(eventId)}) c ON c.article_id = f.article_id AND c.reviewer_id = f.reviewer_id
    JOIN event_actors ea ON ea.id = t.actor_id
    WHERE f.layer = 'REVIEWER'
    ORDER BY ea.position, ea.name, ea.id`;
}

import { db } from "../../db/client.ts";
import { chartN, roundWeight, type ChartN } from "../chart-n.ts";
import { countedSql } from "../counted-sql.ts";
import type { CompareFilters } from "../filters.ts";
import { frameLabelsSql } from "../frame-labels-sql.ts";
import { countScope, type EventScope } from "./count-scope.ts";
import { cachedForEvent } from "../cache/cached-for-event.ts";

export type FormFrame = "primary" | "headline";

export interface ArticleFrameCount {
  outletId: string;
  which: FormFrame;
  code: string;
  label: string;
  position: number;
  /** Weighted articles: the gold form counts 1, each of two reviewers' forms 1/2. */
  articles: number;
}

export interface ArticleFrames {
  /** Its tags: the weighted article forms that set a primary frame. */
  n: ChartN;
  scope: EventScope;
  frames: ArticleFrameCount[];
}

export const countArticleFrames = cachedForEvent("countArticleFrames", countArticleFramesNow);

/**
 * The primary and headline frame distributions per outlet from the counted article forms. An outlet's counted
 * articles minus the sum here are those whose form leaves the frame unset.
 */
async function countArticleFramesNow(eventId: string, filters: CompareFilters): Promise<ArticleFrames> {
  const [scope, rows] = await Promise.all([countScope(eventId, filters), formRows(eventId, filters)]);
  const frames = rows.map((row) => ({ ...row, articles: roundWeight(row.articles) }));
  const primary = frames.filter((frame) => frame.which === "primary");
  const tags = primary.reduce((sum, frame) => sum + frame.articles, 0);
  return { n: chartN(scope.total, filters.basis, tags), scope, frames };
}

function formRows(eventId: string, filters: CompareFilters) {
  return db().$queryRaw<ArticleFrameCount[]>`
    WITH ${countedSql(eventId, filters)}, ${frameLabelsSql},
    chosen AS (
      SELECT outlet_id, 'primary' AS which, primary_frame_id AS frame_id, weight FROM counted_forms
      UNION ALL
      SELECT outlet_id, 'headline', headline_frame_id, weight FROM counted_forms
    )
    SELECT ch.outlet_id::text AS "outletId", ch.which, c.code, min(l.label) AS label, min(l.position)::int AS position,
           sum(ch.weight)::float8 AS articles
    FROM chosen ch
    JOIN codebook_categories c ON c.id = ch.frame_id
    JOIN frame_labels l ON l.code = c.code
    GROUP BY ch.outlet_id, ch.which, c.code
    ORDER BY "outletId", ch.which, position, c.code`;
}

import { db } from "../../db/client.ts";
import { chartN, roundWeight, type ChartN } from "../chart-n.ts";
import { countedSql } from "../counted-sql.ts";
import type { CompareFilters } from "../filters.ts";
import { frameLabelsSql } from "../frame-labels-sql.ts";
import { countScope, type EventScope } from "./count-scope.ts";
import { cachedForEvent } from "../cache/cached-for-event.ts";

export interface FrameCount {
  outletId: string;
  code: string;
  label: string;
  /** The frame's place in the codebook, to order segments the same way in every bar. */
  position: number;
  tags: number;
  articles: number;
}

export interface FrameMix {
  n: ChartN;
  scope: EventScope;
  frames: FrameCount[];
}

export const countFrames = cachedForEvent("countFrames", countFramesNow);

/** The frame mix per outlet: weighted frame span tags per outlet and frame code, labelled by the newest version. */
async function countFramesNow(eventId: string, filters: CompareFilters): Promise<FrameMix> {
  const [scope, rows] = await Promise.all([countScope(eventId, filters), frameRows(eventId, filters)]);
  const frames = rows.map((row) => ({ ...row, tags: roundWeight(row.tags) }));
  const tags = frames.reduce((sum, frame) => sum + frame.tags, 0);
  return { n: chartN(scope.total, filters.basis, tags), scope, frames };
}

function frameRows(eventId: string, filters: CompareFilters) {
  return db().$queryRaw<FrameCount[]>`
    WITH ${countedSql(eventId, filters)}, ${frameLabelsSql}
    SELECT t.outlet_id::text AS "outletId", t.code, min(l.label) AS label, min(l.position)::int AS position,
           sum(t.weight)::float8 AS tags, count(DISTINCT t.article_id)::int AS articles
    FROM counted_tags t
    JOIN frame_labels l ON l.code = t.code
    WHERE t.kind = 'FRAME'
    GROUP BY t.outlet_id, t.code
    ORDER BY "outletId", position, t.code`;
}

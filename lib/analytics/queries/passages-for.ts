import { db } from "../../db/client.ts";
import { Prisma } from "../../db/generated/client.ts";
import { attributionsSql } from "../attributions-sql.ts";
import { roundWeight } from "../chart-n.ts";
import { countedSql } from "../counted-sql.ts";
import type { CompareFilters } from "../filters.ts";
import { passageConditions } from "../passage-conditions.ts";
import { CONTEXT_CHARACTERS, passageContext } from "../passage-context.ts";
import type { PassageSelector } from "../passage-selector.ts";

export interface Passage {
  articleId: string;
  title: string;
  publishedAt: Date | null;
  startOffset: number;
  endOffset: number;
  quotedText: string;
  before: string;
  after: string;
  /** What the passage adds to the number: 1 for gold or both reviewers, 1/2 for one of two reviewers. */
  weight: number;
  /** How many coders tagged this exact span (reviewers, or 1 for gold). */
  coders: number;
  gold: boolean;
}

export interface OutletPassages {
  outletId: string;
  /** Distinct passages behind the outlet's number, and their summed weight: the number itself. */
  total: number;
  weight: number;
  passages: Passage[];
}

interface Row {
  outletId: string;
  articleId: string;
  title: string;
  publishedAt: Date | null;
  startOffset: number;
  endOffset: number;
  quotedText: string;
  window: string;
  windowStart: number;
  weight: number;
  coders: number;
  gold: boolean;
  total: number;
  totalWeight: number;
}

/**
 * The tagged passages behind a number, outlet by outlet: the counted tags the selector picks, one row per
 * distinct span (two reviewers' identical tags are one passage of weight 1), the first `limit` of each outlet in
 * publication order, with the text around each. Form selectors list the articles whose counted form chose the
 * frame, with the headline or the lead paragraph as the passage.
 */
export async function passagesFor(
  eventId: string,
  filters: CompareFilters,
  selector: PassageSelector,
  limit: number,
): Promise<OutletPassages[]> {
  const selected =
    selector.kind === "TONE"
      ? selectedTones(selector)
      : selector.kind.endsWith("_FRAME")
        ? selectedForms(selector)
        : selectedTags(selector);
  const rows = await db().$queryRaw<Row[]>`
    WITH ${countedSql(eventId, filters)}, ${attributionsSql}, ${selected},
    ranked AS (
      SELECT s.*, row_number() OVER (PARTITION BY s.outlet_id
               ORDER BY a.published_at NULLS LAST, s.article_id, s.start_offset, s.end_offset) AS rank,
             count(*) OVER (PARTITION BY s.outlet_id)::int AS total,
             sum(s.weight) OVER (PARTITION BY s.outlet_id)::float8 AS total_weight
      FROM selected s JOIN articles a ON a.id = s.article_id
    )
    SELECT r.outlet_id::text AS "outletId", r.article_id::text AS "articleId", a.title, a.published_at AS "publishedAt",
           r.start_offset AS "startOffset", r.end_offset AS "endOffset", r.quoted_text AS "quotedText",
           CASE WHEN r.in_body THEN substr(a.body_text, greatest(1, r.start_offset + 1 - ${CONTEXT_CHARACTERS * 2}),
                  r.end_offset - r.start_offset + ${CONTEXT_CHARACTERS * 4}) ELSE '' END AS window,
           greatest(0, r.start_offset - ${CONTEXT_CHARACTERS * 2}) AS "windowStart",
           r.weight, r.coders, r.gold, r.total, r.total_weight AS "totalWeight"
    FROM ranked r JOIN articles a ON a.id = r.article_id
    WHERE r.rank <= ${limit}
    ORDER BY "outletId", r.rank`;
  return groupByOutlet(rows);
}

function selectedTags(selector: PassageSelector): Prisma.Sql {
  const source = selector.kind === "ATTRIBUTION" ? Prisma.sql`attributions` : Prisma.sql`counted_tags`;
  return Prisma.sql`
    selected AS (
      SELECT t.article_id, t.outlet_id, t.start_offset, t.end_offset, t.quoted_text, true AS in_body,
             sum(t.weight)::float8 AS weight, count(*)::int AS coders, bool_or(t.layer = 'GOLD') AS gold
      FROM ${source} t
      WHERE ${passageConditions(selector)}
      GROUP BY t.article_id, t.outlet_id, t.start_offset, t.end_offset, t.quoted_text
    )`;
}

// An article-level frame has no span: the headline stands for the headline frame, the lead for the primary one.
function selectedForms(selector: PassageSelector): Prisma.Sql {
  const headline = selector.kind === "HEADLINE_FRAME";
  const frame = headline ? Prisma.sql`f.headline_frame_id` : Prisma.sql`f.primary_frame_id`;
  const text = headline ? Prisma.sql`a.title` : Prisma.sql`split_part(a.body_text, chr(10) || chr(10), 1)`;
  return Prisma.sql`
    selected AS (
      SELECT f.article_id, f.outlet_id, 0 AS start_offset, 0 AS end_offset, min(${text}) AS quoted_text,
             false AS in_body, sum(f.weight)::float8 AS weight, count(*)::int AS coders,
             bool_or(f.layer = 'GOLD') AS gold
      FROM counted_forms f
      JOIN codebook_categories c ON c.id = ${frame}
      JOIN articles a ON a.id = f.article_id
      WHERE c.code = ${selector.code ?? ""}
      GROUP BY f.article_id, f.outlet_id
    )`;
}

// Tone is rated for the whole article: its headline stands for it.
function selectedTones(selector: PassageSelector): Prisma.Sql {
  return Prisma.sql`
    selected AS (
      SELECT f.article_id, f.outlet_id, 0 AS start_offset, 0 AS end_offset, min(a.title) AS quoted_text,
             false AS in_body, sum(f.weight)::float8 AS weight, count(*)::int AS coders,
             bool_or(f.layer = 'GOLD') AS gold
      FROM counted_forms f
      JOIN article_tones t ON t.form_id = f.form_id
      JOIN articles a ON a.id = f.article_id
      WHERE t.actor_id = ${selector.actor ?? null}::uuid
      GROUP BY f.article_id, f.outlet_id
    )`;
}

function groupByOutlet(rows: Row[]): OutletPassages[] {
  const outlets = new Map<string, OutletPassages>();
  for (const row of rows) {
    const outlet = outlets.get(row.outletId) ?? {
      outletId: row.outletId,
      total: row.total,
      weight: roundWeight(row.totalWeight),
      passages: [],
    };
    outlets.set(row.outletId, outlet);
    const { before, after } = passageContext(row.window, row.quotedText, row.startOffset - row.windowStart);
    outlet.passages.push({
      articleId: row.articleId,
      title: row.title,
      publishedAt: row.publishedAt,
      startOffset: row.startOffset,
      endOffset: row.endOffset,
      quotedText: row.quotedText,
      before,
      after,
      weight: roundWeight(row.weight),
      coders: row.coders,
      gold: row.gold,
    });
  }
  return [...outlets.values()];
}

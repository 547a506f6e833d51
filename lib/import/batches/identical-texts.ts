import { contentHash } from "../../articles/body-text.ts";
import { db } from "../../db/client.ts";

export interface IdenticalText {
  articleId: string;
  title: string;
  outlet: string;
}

/**
 * Stored articles of another outlet with exactly the same text as each row (keyed by row number): a
 * likely duplicate filed under a second name for the same outlet, or a wire story run verbatim.
 */
export async function findIdenticalTexts(
  rows: { row: number; body: string; outlet: string | null }[],
): Promise<Map<number, IdenticalText>> {
  if (rows.length === 0) return new Map();
  const matches = await db().$queryRaw<(IdenticalText & { row: number })[]>`
    SELECT DISTINCT ON (t.row) t.row, a.id AS "articleId", a.title, o.name AS outlet
    FROM unnest(${rows.map((r) => r.row)}::int[], ${rows.map((r) => contentHash(r.body))}::text[],
                ${rows.map((r) => r.outlet)}::text[]) AS t(row, hash, outlet)
    JOIN articles a ON a.content_hash = t.hash
    JOIN outlets o ON o.id = a.outlet_id AND o.name IS DISTINCT FROM t.outlet
    ORDER BY t.row, a.imported_at`;
  return new Map(matches.map(({ row, ...match }) => [row, match]));
}

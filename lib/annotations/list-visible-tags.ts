import type { Role } from "../auth/roles.ts";
import { db } from "../db/client.ts";

export interface Viewer {
  id: string;
  role: Role;
}

/**
 * The tags of an article a viewer may see. Tagging is blind: a reviewer sees only their own tags until every
 * reviewer assigned to the article has submitted; then the others' and the gold tags too. Editors and admins
 * (who adjudicate) see everything.
 */
export async function listVisibleTags(articleId: string, viewer: Viewer) {
  const seesAll = viewer.role === "EDITOR" || viewer.role === "ADMIN" || (await allSubmitted(articleId, viewer.id));
  return db().annotation.findMany({
    where: { articleId, ...(seesAll ? {} : { reviewerId: viewer.id, layer: "REVIEWER" }) },
    orderBy: [{ startOffset: "asc" }, { endOffset: "desc" }, { id: "asc" }],
    include: { category: { select: { code: true, kind: true, label: true } } },
  });
}

/** Whether the viewer and every other reviewer assigned to the article have submitted it. */
async function allSubmitted(articleId: string, viewerId: string): Promise<boolean> {
  const [row] = await db().$queryRaw<{ mine: boolean; open: number }[]>`
    SELECT bool_or(reviewer_id = ${viewerId}::uuid AND submitted_at IS NOT NULL) AS mine,
           count(*) FILTER (WHERE submitted_at IS NULL)::int AS open
    FROM assignments WHERE article_id = ${articleId}::uuid`;
  return Boolean(row?.mine) && row.open === 0;
}

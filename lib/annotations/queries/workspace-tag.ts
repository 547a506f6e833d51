import { db } from "../../db/client.ts";
import { listVisibleTags, type Viewer } from "../list-visible-tags.ts";

type VisibleTag = Awaited<ReturnType<typeof listVisibleTags>>[number];

/** A tag as the workspace holds it: plain data, and whether the viewer may change it. */
export function toWorkspaceTag(tag: VisibleTag, viewerId: string) {
  return {
    id: tag.id,
    categoryId: tag.categoryId,
    kind: tag.category.kind,
    label: tag.category.label,
    startOffset: tag.startOffset,
    endOffset: tag.endOffset,
    quotedText: tag.quotedText,
    attributes: (tag.attributes ?? {}) as Record<string, unknown>,
    actorId: tag.actorId,
    claimId: tag.claimId,
    revision: tag.revision,
    mine: tag.reviewerId === viewerId && tag.layer === "REVIEWER",
  };
}

export type WorkspaceTag = ReturnType<typeof toWorkspaceTag>;

export async function workspaceTags(articleId: string, viewer: Viewer): Promise<WorkspaceTag[]> {
  return (await listVisibleTags(articleId, viewer)).map((tag) => toWorkspaceTag(tag, viewer.id));
}

/** One of the viewer's own tags as stored now (after a write, or to reload a tag a stale edit was refused on). */
export async function findWorkspaceTag(tagId: string, viewerId: string): Promise<WorkspaceTag | null> {
  const tag = await db().annotation.findUnique({
    where: { id: tagId, reviewerId: viewerId },
    include: { category: { select: { code: true, kind: true, label: true } } },
  });
  return tag && toWorkspaceTag(tag, viewerId);
}

import type { Annotation } from "../db/generated/client.ts";

/** What the audit log keeps of a tag: enough to see what changed and to restore it. */
export function tagSnapshot(tag: Annotation) {
  return {
    articleId: tag.articleId,
    categoryId: tag.categoryId,
    layer: tag.layer,
    startOffset: tag.startOffset,
    endOffset: tag.endOffset,
    quotedText: tag.quotedText,
    attributes: tag.attributes ?? {},
    actorId: tag.actorId,
    claimId: tag.claimId,
    revision: tag.revision,
  };
}

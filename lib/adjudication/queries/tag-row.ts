import type { Annotation } from "../../db/generated/client.ts";
import type { GoldTag } from "../adjudication-tags.ts";

/** The category fields adjudication reads with every tag. */
export const TAG_CATEGORY = { category: { select: { code: true, kind: true, label: true } } } as const;

type TagRow = Annotation & { category: Pick<GoldTag, "code" | "kind" | "label"> };

/** A stored tag, reviewer's or gold, in the shape adjudication compares and shows. */
export function toAdjudicationTag({ category, ...tag }: TagRow): GoldTag {
  return {
    id: tag.id,
    categoryId: tag.categoryId,
    code: category.code,
    kind: category.kind,
    label: category.label,
    startOffset: tag.startOffset,
    endOffset: tag.endOffset,
    quotedText: tag.quotedText,
    attributes: (tag.attributes ?? {}) as Record<string, unknown>,
    actorId: tag.actorId,
    claimId: tag.claimId,
  };
}

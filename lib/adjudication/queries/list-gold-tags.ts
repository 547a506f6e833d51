import type { Prisma } from "../../db/generated/client.ts";
import type { GoldTag } from "../adjudication-tags.ts";

/** The article's gold tags in reading order. */
export async function listGoldTags(tx: Prisma.TransactionClient, articleId: string): Promise<GoldTag[]> {
  const rows = await tx.annotation.findMany({
    where: { articleId, layer: "GOLD" },
    orderBy: [{ startOffset: "asc" }, { endOffset: "desc" }, { id: "asc" }],
    include: { category: { select: { code: true, kind: true, label: true } } },
  });
  return rows.map(({ category, ...tag }) => ({
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
  }));
}

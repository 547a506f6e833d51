import type { Prisma } from "../../db/generated/client.ts";
import type { GoldTag } from "../adjudication-tags.ts";
import { TAG_CATEGORY, toAdjudicationTag } from "./tag-row.ts";

/** The article's gold tags in reading order. */
export async function listGoldTags(tx: Prisma.TransactionClient, articleId: string): Promise<GoldTag[]> {
  const rows = await tx.annotation.findMany({
    where: { articleId, layer: "GOLD" },
    orderBy: [{ startOffset: "asc" }, { endOffset: "desc" }, { id: "asc" }],
    include: TAG_CATEGORY,
  });
  return rows.map(toAdjudicationTag);
}

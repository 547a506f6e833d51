import { checkTag } from "../annotations/check-tag.ts";
import type { TagInput } from "../annotations/tag-input.ts";
import { tagSnapshot } from "../annotations/tag-snapshot.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Annotation, Prisma } from "../db/generated/client.ts";
import { goldCodebookVersion } from "./gold-codebook-version.ts";

/**
 * Checks a gold tag exactly as a reviewer's tag is checked, but under the codebook version the article's gold
 * uses, and writes it in the gold layer with the adjudicator as its author; audited.
 */
export async function writeGoldTag(
  tx: Prisma.TransactionClient,
  input: TagInput,
  adjudicatorId: string,
): Promise<Annotation> {
  const versionId = await goldCodebookVersion(tx, input.articleId);
  const { category: _category, ...tag } = await checkTag(tx, input, { versionId });
  const created = await tx.annotation.create({ data: { ...tag, reviewerId: adjudicatorId, layer: "GOLD" } });
  await recordAudit(tx, {
    actorId: adjudicatorId,
    action: "annotation.create",
    entityType: "annotation",
    entityId: created.id,
    after: tagSnapshot(created),
  });
  return created;
}

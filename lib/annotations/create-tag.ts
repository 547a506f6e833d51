import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import type { Annotation, Prisma } from "../db/generated/client.ts";
import { checkTag, type TagCategory } from "./check-tag.ts";
import { findRepeatedTag } from "./find-repeated-tag.ts";
import { lockOpenAssignment } from "./open-assignment.ts";
import type { NewTagInput } from "./tag-input.ts";
import { tagSnapshot } from "./tag-snapshot.ts";

/** A tag as written, with its category as the workspace shows it. */
export type SavedTag = Annotation & { category: TagCategory };

/**
 * Saves a reviewer's new tag after the server's checks, with its audit entry, in one transaction. A tag made by
 * accepting a suggestion names the rule that suggested it, so how often each rule is taken can be measured.
 * Saving a tag whose id is stored already returns that tag: the save was sent again after a lost answer.
 */
export async function createTag(
  input: NewTagInput,
  reviewerId: string,
  suggestionRule: string | null = null,
): Promise<SavedTag> {
  const { id, ...fields } = input;
  return db().$transaction(async (tx) => {
    await lockOpenAssignment(tx, fields.articleId, reviewerId);
    const repeated = await findRepeatedTag(tx, id, fields.articleId, reviewerId);
    if (repeated) return { ...repeated, category: await categoryOf(tx, repeated.categoryId) };
    const { category, ...tag } = await checkTag(tx, fields, { reviewerId });
    const created = await tx.annotation.create({
      data: { ...tag, ...(id && { id }), reviewerId, layer: "REVIEWER", suggestionRule },
    });
    await recordAudit(tx, {
      actorId: reviewerId,
      action: "annotation.create",
      entityType: "annotation",
      entityId: created.id,
      after: { ...tagSnapshot(created), ...(suggestionRule ? { suggestionRule } : {}) },
    });
    return { ...created, category };
  });
}

function categoryOf(tx: Prisma.TransactionClient, categoryId: string): Promise<TagCategory> {
  return tx.codebookCategory.findUniqueOrThrow({
    where: { id: categoryId },
    select: { code: true, kind: true, label: true },
  });
}

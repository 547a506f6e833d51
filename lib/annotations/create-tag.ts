import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import type { Annotation } from "../db/generated/client.ts";
import { checkTag } from "./check-tag.ts";
import { lockOpenAssignment } from "./open-assignment.ts";
import type { TagInput } from "./tag-input.ts";
import { tagSnapshot } from "./tag-snapshot.ts";

/**
 * Saves a reviewer's new tag after the server's checks, with its audit entry, in one transaction. A tag made by
 * accepting a suggestion names the rule that suggested it, so how often each rule is taken can be measured.
 */
export async function createTag(
  input: TagInput,
  reviewerId: string,
  suggestionRule: string | null = null,
): Promise<Annotation> {
  return db().$transaction(async (tx) => {
    await lockOpenAssignment(tx, input.articleId, reviewerId);
    const { kind: _kind, ...tag } = await checkTag(tx, input, reviewerId);
    const created = await tx.annotation.create({ data: { ...tag, reviewerId, layer: "REVIEWER", suggestionRule } });
    await recordAudit(tx, {
      actorId: reviewerId,
      action: "annotation.create",
      entityType: "annotation",
      entityId: created.id,
      after: { ...tagSnapshot(created), ...(suggestionRule ? { suggestionRule } : {}) },
    });
    return created;
  });
}

import { recordAudit } from "../audit/record-audit.ts";
import { isDeepStrictEqual } from "node:util";
import { db } from "../db/client.ts";
import type { Annotation } from "../db/generated/client.ts";
import { lockOwnTag } from "./change-own-tag.ts";
import { checkTag } from "./check-tag.ts";
import type { SavedTag } from "./create-tag.ts";
import { lockOpenAssignment } from "./open-assignment.ts";
import type { TagInput } from "./tag-input.ts";
import { tagSnapshot } from "./tag-snapshot.ts";
import { TaggingError } from "./tagging-error.ts";

/** Replaces a reviewer's own tag, edited at `revision`, with `input`; audited with before and after. */
export async function updateTag(
  tagId: string,
  revision: number,
  input: TagInput,
  reviewerId: string,
): Promise<SavedTag> {
  return db().$transaction(async (tx) => {
    const { category, ...tag } = await checkTag(tx, input, { reviewerId });
    // An edit sent again because its answer was lost finds itself already saved: answered as saved, not refused.
    const isOwnRepeat = (current: Annotation) => current.revision === revision + 1 && holdsEdit(current, tag);
    const before = await lockOwnTag(tx, tagId, revision, reviewerId, isOwnRepeat);
    if (before.articleId !== input.articleId) throw new TaggingError("A tag cannot move to another article.");
    await lockOpenAssignment(tx, input.articleId, reviewerId);
    if (before.revision !== revision) return { ...before, category };
    const after = await tx.annotation.update({ where: { id: tagId }, data: { ...tag, revision: { increment: 1 } } });
    await recordAudit(tx, {
      actorId: reviewerId,
      action: "annotation.update",
      entityType: "annotation",
      entityId: tagId,
      before: tagSnapshot(before),
      after: tagSnapshot(after),
    });
    return { ...after, category };
  });
}

// Every field an edit sets (attributes compared by content, whatever their key order).
const EDITED = [
  "articleId",
  "categoryId",
  "startOffset",
  "endOffset",
  "quotedText",
  "actorId",
  "claimId",
  "attributes",
] as const;

function holdsEdit(current: Annotation, edit: TagInput): boolean {
  return EDITED.every((field) => isDeepStrictEqual(current[field], edit[field]));
}

import type { Annotation, Prisma } from "../db/generated/client.ts";
import { TaggingError } from "./tagging-error.ts";

/**
 * Locks a reviewer's own tag at the revision they edited. Another reviewer's tag, a gold tag, or a tag
 * changed since (another tab) is refused, so no change is ever lost silently; `isOwnRepeat` may accept the
 * change the caller is about to make, already made (a retry whose first answer was lost).
 */
export async function lockOwnTag(
  tx: Prisma.TransactionClient,
  tagId: string,
  revision: number,
  reviewerId: string,
  isOwnRepeat: (current: Annotation) => boolean = () => false,
): Promise<Annotation> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM annotations WHERE id = ${tagId}::uuid FOR UPDATE`;
  if (locked.length === 0)
    throw new TaggingError("This tag was deleted meanwhile (perhaps in another tab), so your change was not saved.");
  const current = await tx.annotation.findUniqueOrThrow({ where: { id: tagId } });
  if (current.reviewerId !== reviewerId || current.layer !== "REVIEWER")
    throw new TaggingError("This tag is not yours to change.");
  if (current.revision !== revision && !isOwnRepeat(current))
    throw new TaggingError(
      "This tag was changed meanwhile (perhaps in another tab), so your change was not saved; the stored version is shown.",
    );
  return current;
}

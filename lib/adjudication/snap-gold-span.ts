import type { TagInput } from "../annotations/tag-input.ts";
import { snapToWords } from "../annotations/text/snap-to-words.ts";
import type { Prisma } from "../db/generated/client.ts";
import { AdjudicationError } from "./adjudication-error.ts";

/** The tag with its span widened to the whole words it touches, as the tagging workspace snaps a selection. */
export async function snapGoldSpan(tx: Prisma.TransactionClient, tag: TagInput): Promise<TagInput> {
  const article = await tx.article.findUnique({ where: { id: tag.articleId }, select: { bodyText: true } });
  if (!article) throw new AdjudicationError("This article no longer exists.");
  const body = article.bodyText;
  if (tag.endOffset > body.length) throw new AdjudicationError("That passage lies outside the article's text.");
  const words = snapToWords(body, { start: tag.startOffset, end: tag.endOffset });
  if (!words) throw new AdjudicationError("That passage has no words to tag.");
  return { ...tag, startOffset: words.start, endOffset: words.end, quotedText: body.slice(words.start, words.end) };
}

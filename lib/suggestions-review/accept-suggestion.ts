import { createTag } from "../annotations/create-tag.ts";
import { findRepeatedTag } from "../annotations/find-repeated-tag.ts";
import { lockOpenAssignment } from "../annotations/open-assignment.ts";
import { tagInputSchema } from "../annotations/tag-input.ts";
import { TaggingError } from "../annotations/tagging-error.ts";
import { db } from "../db/client.ts";
import type { Annotation } from "../db/generated/client.ts";
import { offerSuggestions } from "./offer-suggestions.ts";

/**
 * Turns a suggestion into the reviewer's own tag. The suggestion is recomputed here from the key (the browser only
 * names it), and the tag goes through the same checks, write and audit entry as a hand-made one, with the rule
 * that suggested it. A suggestion no longer open (tagged meanwhile, or the actors or lexicon changed) is refused,
 * unless the tag id the workspace chose is stored already: then this is a second try of an accepted suggestion.
 */
export async function acceptSuggestion(
  articleId: string,
  key: string,
  reviewerId: string,
  tagId?: string,
): Promise<Annotation> {
  // Refuse an article that is not open to the reviewer in the words of a tag write; createTag checks again.
  const repeated = await db().$transaction(async (tx) => {
    await lockOpenAssignment(tx, articleId, reviewerId);
    return findRepeatedTag(tx, tagId, articleId, reviewerId);
  });
  if (repeated) return repeated;
  const { offered, rejected } = await offerSuggestions(articleId, reviewerId);
  const suggestion = [...offered, ...rejected].find((candidate) => candidate.key === key);
  if (!suggestion)
    throw new TaggingError(
      "This suggestion is no longer open: the passage may be tagged already, or the actors or the lexicon changed. Reload the article.",
    );
  const fields = tagInputSchema.parse({ ...suggestion.tag, articleId });
  return createTag({ ...fields, id: tagId }, reviewerId, suggestion.rule);
}

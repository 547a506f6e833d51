import { z } from "zod";
import type { TagActions, TagFields } from "../types";
import type { SuggestionActions } from "./types";

/** The fields of a suggestion's tag, marked with the suggestion they accept. */
export type SuggestedFields = TagFields & { suggestionKey: string };

const suggestedInput = z.object({ articleId: z.string(), suggestionKey: z.string(), id: z.string().optional() });

/**
 * The workspace's tag actions, with tags that carry a suggestion key made by accepting that suggestion (the server
 * rebuilds the tag from the key and records the rule). Accepting thus goes through the tag store like any new tag:
 * it shows at once, undo deletes it, and redo accepts the suggestion again, since the tag keeps its key. The id the
 * store chose for the new tag goes along, so a second try of the same acceptance makes no second tag.
 */
export function acceptingSuggestions(actions: TagActions, accept: SuggestionActions["acceptSuggestion"]): TagActions {
  return {
    ...actions,
    async createTag(input) {
      const suggested = suggestedInput.safeParse(input);
      if (!suggested.success) return actions.createTag(input);
      const { articleId, suggestionKey, id } = suggested.data;
      const result = await accept(articleId, suggestionKey, id);
      return result.ok ? { ok: true, value: { ...result.value, suggestionKey } } : result;
    },
  };
}

import type { ArticleSuggestions, OfferedSuggestion } from "@/lib/suggestions-review/offer-suggestions";
import type { ActionResult, WorkspaceTag } from "../types";

export type { ArticleSuggestions, OfferedSuggestion };

/** The server actions that answer suggestions, handed down by the page like the tag actions. */
export interface SuggestionActions {
  /** `tagId` names the tag to make, so that accepting again after a lost answer makes no second tag. */
  acceptSuggestion(articleId: string, key: string, tagId?: string): Promise<ActionResult<WorkspaceTag>>;
  rejectSuggestion(articleId: string, key: string): Promise<ActionResult<void>>;
  restoreSuggestion(articleId: string, key: string): Promise<ActionResult<void>>;
}

/** What the text needs to draw a suggestion: its span, the tag it proposes, and whether it is the current one. */
export interface SuggestionMark {
  key: string;
  start: number;
  end: number;
  tag: Pick<OfferedSuggestion["tag"], "kind" | "label">;
}

import type { CategoryKind } from "../db/generated/enums.ts";

interface Spanned {
  start: number;
  end: number;
  tag: { kind: CategoryKind };
}

interface TagOnText {
  kind: CategoryKind;
  startOffset: number;
  endOffset: number;
}

/**
 * The suggestions the reviewer has not answered by tagging: one overlapping a tag of its kind is done. An accepted
 * suggestion is such a tag; so is the reviewer's own tag of the passage, even under another category of the kind
 * (tagging "terrified mother" as an intensifier answers "terrified" suggested as a loaded term). The same rule on
 * the server and in the workspace, where it hides a suggestion the moment it is accepted.
 */
export function openSuggestions<T extends Spanned>(suggestions: T[], tags: TagOnText[]): T[] {
  return suggestions.filter(
    (suggestion) =>
      !tags.some(
        (tag) =>
          tag.kind === suggestion.tag.kind && tag.startOffset < suggestion.end && suggestion.start < tag.endOffset,
      ),
  );
}

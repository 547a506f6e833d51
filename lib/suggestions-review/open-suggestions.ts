interface Spanned {
  start: number;
  end: number;
  tag: { categoryId: string };
}

interface TagOnText {
  categoryId: string;
  startOffset: number;
  endOffset: number;
}

/**
 * The suggestions the reviewer has not answered by tagging: one overlapping a tag of its category is done (an
 * accepted suggestion is such a tag; so is the reviewer's own tag of that passage). The same rule on the server
 * and in the workspace, where it hides a suggestion the moment it is accepted.
 */
export function openSuggestions<T extends Spanned>(suggestions: T[], tags: TagOnText[]): T[] {
  return suggestions.filter(
    (suggestion) =>
      !tags.some(
        (tag) =>
          tag.categoryId === suggestion.tag.categoryId &&
          tag.startOffset < suggestion.end &&
          suggestion.start < tag.endOffset,
      ),
  );
}

interface Placed {
  key: string;
  start: number;
  end: number;
}

/**
 * The suggestion to move to from the current one (or, with none, from the caret), in reading order; past the last
 * comes the first again, so the reviewer can go round the article.
 */
export function neighbour<T extends Placed>(
  suggestions: T[],
  from: { key: string | null; offset: number },
  direction: 1 | -1,
): T | null {
  if (suggestions.length === 0) return null;
  const index = suggestions.findIndex((suggestion) => suggestion.key === from.key);
  if (index >= 0) return suggestions[(index + direction + suggestions.length) % suggestions.length];
  const ahead =
    direction === 1
      ? suggestions.find((suggestion) => suggestion.start >= from.offset)
      : suggestions.findLast((suggestion) => suggestion.start < from.offset);
  return ahead ?? suggestions[direction === 1 ? 0 : suggestions.length - 1];
}

/** The suggestion a click at `offset` means: of those covering it, the shortest. */
export function suggestionAt<T extends Placed>(suggestions: T[], offset: number): T | undefined {
  return suggestions
    .filter((suggestion) => suggestion.start <= offset && offset < suggestion.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
}

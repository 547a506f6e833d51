/** Word-level comparison of two renderings of a story, ignoring case, punctuation and layout. */

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of `part`'s words that also occur in `whole`, counted as multisets. */
export function containment(part: readonly string[], whole: readonly string[]): number {
  if (part.length === 0) return 0;
  const available = new Map<string, number>();
  for (const word of whole) available.set(word, (available.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of part) {
    const left = available.get(word) ?? 0;
    if (left === 0) continue;
    shared += 1;
    available.set(word, left - 1);
  }
  return shared / part.length;
}

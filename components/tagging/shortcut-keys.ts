// Digits and letters first, then shifted letters: 62 categories can each have a key of their own.
const KEYS = [..."1234567890abcdefghijklmnopqrstuvwxyz", ..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"];

/** The key that applies each category, in palette order; categories past the 62nd get none. */
export function shortcutKeys(categoryIds: string[]): Map<string, string> {
  return new Map(categoryIds.slice(0, KEYS.length).map((id, index) => [KEYS[index], id]));
}

/** How a key is written on screen: shifted letters as ⇧ and the letter. */
export function keyLabel(key: string): string {
  return /[A-Z]/.test(key) ? `⇧${key}` : key.toUpperCase();
}

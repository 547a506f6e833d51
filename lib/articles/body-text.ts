import { createHash } from "node:crypto";

/**
 * The stored form of an article body: Unicode NFC, Unix newlines, trimmed lines, paragraphs separated
 * by exactly one blank line. Annotation offsets index into this string, so it must never change once stored.
 */
export function normalizeBodyText(raw: string): string {
  // Whole-string regular expressions rather than split/map/join: imports normalize megabytes at a time.
  return raw
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[^\S\n]+/g, " ")
    .replace(/ ?\n ?/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

// Scripts written without spaces count one word per character, as word counts for them conventionally do.
const UNSPACED_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;
const WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;

/** Words as a reader counts them; a regular expression, because Intl.Segmenter is 50x slower on imports. */
export function countWords(text: string): number {
  const unspaced = text.match(UNSPACED_CHARACTER)?.length ?? 0;
  const spaced = (unspaced ? text.replace(UNSPACED_CHARACTER, " ") : text).match(WORD)?.length ?? 0;
  return unspaced + spaced;
}

/** Identical for texts that differ only in case, whitespace or punctuation: the exact-duplicate key. */
export function contentHash(text: string): string {
  const compatible = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize("NFKC"); // ASCII needs no normalizing
  const comparable = compatible
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return createHash("sha256").update(comparable).digest("hex");
}

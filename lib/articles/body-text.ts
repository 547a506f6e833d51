import { createHash } from "node:crypto";

/**
 * The stored form of an article body: Unicode NFC, Unix newlines, trimmed lines, paragraphs separated
 * by exactly one blank line. Annotation offsets index into this string, so it must never change once stored.
 */
export function normalizeBodyText(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\t ]+/g, " ")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split("\n").map((line) => line.trim()).filter(Boolean).join("\n"))
    .filter(Boolean)
    .join("\n\n");
}

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: "word" });

export function countWords(text: string): number {
  let words = 0;
  for (const segment of wordSegmenter.segment(text)) if (segment.isWordLike) words += 1;
  return words;
}

/** Identical for texts that differ only in case, whitespace or punctuation: the exact-duplicate key. */
export function contentHash(text: string): string {
  const comparable = text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return createHash("sha256").update(comparable).digest("hex");
}

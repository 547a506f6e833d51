import { createHash } from "node:crypto";
import { codePointAt, isUnspacedCharacter, isWordCharacter } from "./word-characters.ts";

/**
 * The stored form of an article body: Unicode NFC, Unix newlines, trimmed lines, paragraphs separated
 * by exactly one blank line. Annotation offsets index into this string, so it must never change once stored.
 */
export function normalizeBodyText(raw: string): string {
  // Whole-string regular expressions rather than split/map/join: imports normalize megabytes at a time.
  // Each pattern matches only what it changes (not every single space or newline). ASCII text is already
  // NFC, and its whitespace is five characters: a small class scans several times faster than \s.
  const ascii = isAscii(raw);
  return withoutControlCharacters(ascii ? raw : raw.normalize("NFC"))
    .replace(/\r\n?/g, "\n")
    .replace(ascii ? /[\t\v\f ]{2,}|[\t\v\f]/g : /[^\S\n]{2,}|[^\S\n ]/g, " ")
    .replace(/ \n ?|\n /g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Anything withoutControlCharacters removes; most texts have none and are returned after this one scan. */
const HIDDEN_CHARACTER = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/**
 * Terminal colour and title codes from text copied out of a console: CSI (ESC [ … final byte), OSC (ESC ] …
 * BEL or ESC \) and a stray ESC. They style the text around them, so they go without leaving a space.
 */
const ESCAPE_SEQUENCES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b/g;
/** C0 and C1 controls other than whitespace; in broken exports they stand where a space or a break was. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]+/g;
/** Bidi embeddings, overrides and isolates reorder the letters on screen: "\u202egpj.exe" shows as "exe.jpg". */
const BIDI_REORDERING = /[\u202a-\u202e\u2066-\u2069]+/g;

/**
 * Makes text show what it holds. Plain text has no use for control characters, Postgres refuses the NUL
 * that broken exports sometimes contain, and bidi controls can disguise a word. Letters are never removed,
 * and a removed control character becomes a space, so the words around it stay apart.
 */
export function withoutControlCharacters(text: string): string {
  if (!HIDDEN_CHARACTER.test(text)) return text;
  return text.replace(ESCAPE_SEQUENCES, "").replace(CONTROL_CHARACTERS, " ").replace(BIDI_REORDERING, "");
}

function isAscii(text: string): boolean {
  return /^[\x00-\x7f]*$/.test(text);
}

const JOINERS = new Set([..."'’.,-"].map((character) => character.charCodeAt(0)));

/**
 * Words as a reader counts them: runs of letters and digits, joined across one apostrophe, period, comma
 * or hyphen ("isn't", "4,200"); in scripts written without spaces, one word per character, as word
 * counts for them conventionally do. One pass over the characters (Intl.Segmenter is 50x slower).
 */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const point = codePointAt(text, i);
    if (isUnspacedCharacter(point)) {
      count += 1;
      inWord = false;
    } else if (isWordCharacter(point)) {
      if (!inWord) count += 1;
      inWord = true;
    } else {
      inWord = inWord && JOINERS.has(point) && startsSpacedWord(text, i + 1);
    }
    if (point > 0xffff) i += 1;
  }
  return count;
}

function startsSpacedWord(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const point = codePointAt(text, index);
  return isWordCharacter(point) && !isUnspacedCharacter(point);
}

/** Identical for texts that differ only in case, whitespace or punctuation: the exact-duplicate key. */
export function contentHash(text: string): string {
  // The words joined by single spaces. On ASCII text a regular expression with a small class does it
  // fastest, matching only what changes (a lone space is kept as it is).
  const comparable = isAscii(text)
    ? text
        .toLowerCase()
        .replace(/[^a-z0-9]{2,}|[^a-z0-9 ]/g, " ")
        .trim()
    : wordsOf(text.normalize("NFKC").toLowerCase()).join(" ");
  return createHash("sha256").update(comparable).digest("hex");
}

function wordsOf(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i += 1) {
    const point = codePointAt(text, i);
    if (isWordCharacter(point)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(text.slice(start, i));
      start = -1;
    }
    if (point > 0xffff) i += 1;
  }
  if (start >= 0) words.push(text.slice(start));
  return words;
}

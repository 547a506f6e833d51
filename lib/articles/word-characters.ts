// Character classes for the one-pass text scanners (word counts, content hashes, MinHash shingles).
// Unicode property classes (\p{L}) in regular expressions scan news text about ten times slower than a
// table lookup, and imports scan tens of megabytes, so the Basic Multilingual Plane is tabulated once.

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]$/u;

const WORD_FLAG = 1;
const UNSPACED_FLAG = 2;
const BMP_FLAGS = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) {
  const character = String.fromCharCode(code);
  BMP_FLAGS[code] = (LETTER_OR_NUMBER.test(character) ? WORD_FLAG : 0) | (UNSPACED.test(character) ? UNSPACED_FLAG : 0);
}

/** The code point at `index` (a lone surrogate stands for itself); it spans two indexes above 0xFFFF. */
export function codePointAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff ? text.codePointAt(index)! : code;
}

/** Letters and numbers: \p{L} and \p{N}. */
export function isWordCharacter(codePoint: number): boolean {
  if (codePoint < 0x10000) return (BMP_FLAGS[codePoint] & WORD_FLAG) !== 0;
  return LETTER_OR_NUMBER.test(String.fromCodePoint(codePoint));
}

/** Characters of scripts written without spaces between words: Han, Hiragana, Katakana, Thai. */
export function isUnspacedCharacter(codePoint: number): boolean {
  if (codePoint < 0x10000) return (BMP_FLAGS[codePoint] & UNSPACED_FLAG) !== 0;
  return UNSPACED.test(String.fromCodePoint(codePoint));
}

import { createTextDecoder } from "./text-decoder.ts";

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding actually used, e.g. "utf-8" or "windows-1252". */
  encoding: string;
}

const FALLBACK_ENCODING = "windows-1252";

/**
 * Turns uploaded or fetched bytes into text. Order: byte order mark, then the declared charset, then strict
 * UTF-8, else Windows-1252 (which decodes every byte, so nothing is lost, and is what "Latin-1" files from
 * Excel and older CMSs really are). A BOM is never part of the returned text.
 */
export function decodeText(bytes: Uint8Array, declaredCharset?: string | null): DecodedText {
  const encoding = encodingFromBom(bytes) ?? declaredEncoding(declaredCharset) ?? sniffEncoding(bytes, true);
  const strict = tryDecode(bytes, encoding);
  if (strict !== null) return { text: strict, encoding };
  // A declared multi-byte charset the bytes contradict: servers often claim UTF-8 for Latin-1 files, and
  // guessing again beats filling the article with U+FFFD that annotation offsets would then point into.
  const guessed = sniffEncoding(bytes, true);
  return { text: createTextDecoder(guessed).decode(bytes), encoding: guessed };
}

export function encodingFromBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/**
 * UTF-8 if the bytes decode strictly, else Windows-1252. When `complete` is false the bytes are only the
 * start of a stream, so a multi-byte character cut off at the end is not held against UTF-8.
 */
export function sniffEncoding(bytes: Uint8Array, complete: boolean): string {
  try {
    createTextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: !complete });
    return "utf-8";
  } catch {
    return FALLBACK_ENCODING;
  }
}

function declaredEncoding(label: string | null | undefined): string | null {
  if (!label?.trim()) return null;
  try {
    return createTextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return createTextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

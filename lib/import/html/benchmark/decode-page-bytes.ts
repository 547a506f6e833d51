/**
 * Decodes a stored benchmark page. Pages of public evaluation sets come in many encodings; a byte-order mark
 * or the page's own `<meta charset>` decides, then strict UTF-8, then Windows-1252 (what browsers assume for
 * undeclared legacy pages). Production imports decode in the fetch/upload layer; this is for datasets only.
 */
export function decodePageBytes(bytes: Uint8Array): string {
  const declared = declaredCharset(bytes);
  if (declared) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // An unknown label: fall through to the guesses below.
    }
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

function declaredCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1]?.toLowerCase() ?? null;
}

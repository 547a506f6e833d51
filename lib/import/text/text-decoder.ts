/** What decodeText and decodeChunks need of a TextDecoder. */
export interface ChunkDecoder {
  readonly encoding: string;
  decode(bytes: Uint8Array, options?: { stream?: boolean }): string;
}

/**
 * WHATWG index-windows-1252 for bytes 0x80–0x9F (the five bytes it leaves undefined map to themselves);
 * every other byte is the same code point as in Latin-1.
 */
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/**
 * `new TextDecoder(label, options)`, except that Windows-1252 (also what "latin1", "iso-8859-1" and "ascii"
 * mean on the web) really decodes as Windows-1252: Node since 20.18.3 / 22.13 decodes it as Latin-1,
 * turning curly quotes and dashes into control characters (nodejs/node#60888). Throws a RangeError for an
 * unknown label, as TextDecoder does.
 */
export function createTextDecoder(label: string, options: { fatal?: boolean } = {}): ChunkDecoder {
  const decoder = new TextDecoder(label, options);
  if (decoder.encoding !== "windows-1252") return decoder;
  return {
    encoding: decoder.encoding,
    decode: (bytes, decodeOptions) =>
      decoder
        .decode(bytes, decodeOptions)
        .replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80]),
  };
}

import { encodingFromBom, sniffEncoding } from "./decode.ts";
import { createTextDecoder, type ChunkDecoder } from "./text-decoder.ts";

/** Bytes read before the encoding of a stream is decided. */
const SNIFF_BYTES = 64 * 1024;

/** A stream whose start decoded as UTF-8 but which holds bytes further on that are not UTF-8. */
export class MixedEncodingError extends Error {
  constructor(encoding: string) {
    super(
      `The file started as ${encoding} text but later holds bytes that are not ${encoding}. ` +
        "Save it again as UTF-8 (in Excel: Save As → “CSV UTF-8”) and import that file.",
    );
    this.name = "MixedEncodingError";
  }
}

/** What bulk parsers accept: the whole text, the whole file's bytes, or a stream of either. */
export type TextInput = AsyncIterable<Uint8Array | string> | Uint8Array | string;

/** The input as text chunks, bytes decoded as decodeChunks does. */
export function textChunks(input: TextInput): AsyncIterable<string> {
  if (typeof input === "string") return single(input);
  return decodeChunks(input instanceof Uint8Array ? single(input) : input);
}

async function* single<T>(value: T): AsyncGenerator<T> {
  yield value;
}

/**
 * Decodes a byte stream as text, choosing the encoding as decodeText does from its first 64 KiB. Characters
 * split across chunk boundaries are decoded correctly. String chunks pass through unchanged.
 */
export async function* decodeChunks(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new SniffingDecoder();
  for await (const chunk of chunks) {
    const texts = typeof chunk === "string" ? [decoder.flushHead(), chunk] : [decoder.push(chunk)];
    for (const text of texts) if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

class SniffingDecoder {
  #head: Uint8Array[] = [];
  #headBytes = 0;
  #decoder: ChunkDecoder | null = null;

  push(bytes: Uint8Array): string {
    if (this.#decoder) return decode(this.#decoder, bytes, true);
    this.#head.push(bytes);
    this.#headBytes += bytes.byteLength;
    return this.#headBytes >= SNIFF_BYTES ? this.flushHead() : "";
  }

  /** Decides the encoding from the bytes seen so far, if not yet decided, and decodes them. */
  flushHead(): string {
    return this.#decodeHead(false);
  }

  end(): string {
    return this.#decodeHead(true);
  }

  #decodeHead(complete: boolean): string {
    const bytes = concat(this.#head);
    // Deciding on no bytes at all would pick UTF-8 by default for the bytes still to come.
    if (!complete && bytes.byteLength === 0) return "";
    this.#head = [];
    this.#headBytes = 0;
    this.#decoder ??= createTextDecoder(encodingFromBom(bytes) ?? sniffEncoding(bytes, complete), { fatal: true });
    return decode(this.#decoder, bytes, !complete);
  }
}

function decode(decoder: ChunkDecoder, bytes: Uint8Array, stream: boolean): string {
  try {
    return decoder.decode(bytes, { stream });
  } catch {
    throw new MixedEncodingError(decoder.encoding);
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  const joined = new Uint8Array(parts.reduce((total, part) => total + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.byteLength;
  }
  return joined;
}

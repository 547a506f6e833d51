import { describe, expect, it } from "vitest";
import { decodeChunks, MixedEncodingError } from "./decode-stream.ts";

async function* chunksOf(...parts: (Uint8Array | string)[]): AsyncGenerator<Uint8Array | string> {
  yield* parts;
}

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeChunks", () => {
  it("decodes a UTF-8 character split across two chunks", async () => {
    const bytes = utf8("é—x");
    const text = await collect(decodeChunks(chunksOf(bytes.slice(0, 1), bytes.slice(1, 3), bytes.slice(3))));
    expect(text).toBe("é—x");
  });

  it("sniffs Windows-1252 from the head and strips a BOM", async () => {
    expect(await collect(decodeChunks(chunksOf(new Uint8Array([0x93, 0x61]), new Uint8Array([0x94]))))).toBe(
      "\u201ca\u201d",
    );
    expect(await collect(decodeChunks(chunksOf(new Uint8Array([0xef, 0xbb]), new Uint8Array([0xbf, 0x61]))))).toBe("a");
  });

  it("decides from the first 64 KiB, and reports later bytes that contradict it", async () => {
    const head = utf8("a".repeat(64 * 1024));
    const decoded = decodeChunks(chunksOf(head, new Uint8Array([0xe9, 0x0a])));
    await expect(collect(decoded)).rejects.toBeInstanceOf(MixedEncodingError);
  });

  it("passes string chunks through", async () => {
    expect(await collect(decodeChunks(chunksOf("ab", "c")))).toBe("abc");
  });

  it("reports a UTF-8 stream whose last character is cut off", async () => {
    const decoded = decodeChunks(chunksOf(utf8("a".repeat(64 * 1024)), utf8("é").slice(0, 1)));
    await expect(collect(decoded)).rejects.toBeInstanceOf(MixedEncodingError);
  });

  it("reads a short stream whose only non-ASCII byte would be a cut-off UTF-8 character as Windows-1252", async () => {
    expect(await collect(decodeChunks(chunksOf(new Uint8Array([0x61, 0xc3]))))).toBe("aÃ");
  });
});

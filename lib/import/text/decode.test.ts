import { describe, expect, it } from "vitest";
import { decodeText } from "./decode.ts";

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeText", () => {
  it("reads Windows-1252 bytes (curly quotes, é) that are not valid UTF-8", () => {
    // “Café” in Windows-1252: 0x93 C a f 0xE9 0x94
    expect(decodeText(bytes(0x93, 0x43, 0x61, 0x66, 0xe9, 0x94))).toEqual({
      text: "\u201cCafé\u201d",
      encoding: "windows-1252",
    });
  });

  it("prefers strict UTF-8 when the bytes are valid UTF-8", () => {
    expect(decodeText(utf8("Café — “quoted”"))).toEqual({ text: "Café — “quoted”", encoding: "utf-8" });
  });

  it("honours and strips a UTF-8 byte order mark", () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x68, 0x69))).toEqual({ text: "hi", encoding: "utf-8" });
  });

  it("honours UTF-16 byte order marks in both byte orders", () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x68, 0x00, 0xe9, 0x00))).toEqual({ text: "hé", encoding: "utf-16le" });
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x68, 0x00, 0xe9))).toEqual({ text: "hé", encoding: "utf-16be" });
  });

  it("lets the BOM win over a contradicting declared charset", () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0xc3, 0xa9), "iso-8859-1").text).toBe("é");
  });

  it("uses a valid declared charset, even where the bytes would also be valid UTF-8", () => {
    // 0xC3 0xA9 is "é" in UTF-8 but "Ã©" in Latin-1; the server said Latin-1.
    expect(decodeText(bytes(0xc3, 0xa9), "ISO-8859-1")).toEqual({ text: "Ã©", encoding: "windows-1252" });
  });

  it("ignores an unknown declared charset and sniffs instead", () => {
    expect(decodeText(bytes(0xe9), "no-such-charset")).toEqual({ text: "é", encoding: "windows-1252" });
  });

  it("falls back to sniffing when the bytes contradict a declared UTF-8", () => {
    expect(decodeText(bytes(0x93, 0x68, 0x94), "utf-8")).toEqual({ text: "\u201ch\u201d", encoding: "windows-1252" });
  });

  it("decodes empty input to empty text", () => {
    expect(decodeText(new Uint8Array(0))).toEqual({ text: "", encoding: "utf-8" });
  });
});

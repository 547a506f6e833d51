import { describe, expect, it } from "vitest";
import { createTextDecoder } from "./text-decoder.ts";

describe("createTextDecoder", () => {
  it("decodes every Windows-1252 byte as the WHATWG index says, whatever label names it", () => {
    const bytes = new Uint8Array([0x80, 0x81, 0x85, 0x92, 0x93, 0x94, 0x96, 0x97, 0x9f, 0xe9]);
    for (const label of ["windows-1252", "latin1", "iso-8859-1", "ascii"]) {
      expect(createTextDecoder(label).decode(bytes)).toBe("€\u0081…’“”–—Ÿé");
    }
  });

  it("leaves other encodings to TextDecoder", () => {
    expect(createTextDecoder("utf-8").decode(new Uint8Array([0xc3, 0xa9]))).toBe("é");
    expect(createTextDecoder("iso-8859-2").decode(new Uint8Array([0xb9]))).toBe("š");
  });
});

import { describe, expect, it } from "vitest";
import { decodePageBytes } from "./decode-page-bytes.ts";

describe("decodePageBytes", () => {
  it("honours the page's declared charset, then falls back from UTF-8 to Windows-1252", () => {
    const latin = Uint8Array.from([0x3c, 0x70, 0x3e, 0x43, 0x61, 0x66, 0xe9]); // "<p>Café" in Windows-1252
    expect(decodePageBytes(latin)).toBe("<p>Café");
    const declared = new TextEncoder().encode('<meta charset="iso-8859-2"><p>');
    expect(decodePageBytes(Uint8Array.from([...declared, 0xb1]))).toBe('<meta charset="iso-8859-2"><p>ą');
    expect(decodePageBytes(new TextEncoder().encode("<p>Zürich"))).toBe("<p>Zürich");
  });
});

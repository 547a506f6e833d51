import { describe, expect, it } from "vitest";
import { codePointOffset, isValidSpan, sliceSpan, utf16Offset } from "./span.ts";
import { SAMPLE_BODIES } from "./test-support.ts";

describe("isValidSpan", () => {
  const body = "Hello world";

  it("accepts a span of whole characters, up to the whole body", () => {
    expect(isValidSpan(body, { start: 0, end: 5 })).toBe(true);
    expect(isValidSpan(body, { start: 0, end: body.length })).toBe(true);
  });

  it("rejects empty, reversed, out-of-range and fractional spans", () => {
    expect(isValidSpan(body, { start: 3, end: 3 })).toBe(false);
    expect(isValidSpan(body, { start: 5, end: 3 })).toBe(false);
    expect(isValidSpan(body, { start: -1, end: 3 })).toBe(false);
    expect(isValidSpan(body, { start: 0, end: body.length + 1 })).toBe(false);
    expect(isValidSpan(body, { start: 0.5, end: 3 })).toBe(false);
    expect(isValidSpan(body, { start: Number.NaN, end: 3 })).toBe(false);
  });

  it("rejects an end inside a surrogate pair: 😀 and 𝔸 are two code units each", () => {
    const astral = "a😀b𝔸c";
    expect(isValidSpan(astral, { start: 1, end: 3 })).toBe(true);
    expect(isValidSpan(astral, { start: 1, end: 2 })).toBe(false);
    expect(isValidSpan(astral, { start: 2, end: 4 })).toBe(false);
    expect(isValidSpan(astral, { start: 4, end: 6 })).toBe(true);
    expect(isValidSpan(astral, { start: 5, end: 7 })).toBe(false);
  });

  it("rejects an end between a letter and its combining mark", () => {
    const decomposed = "Cafe\u0301 nghe\u0323\u0302";
    expect(isValidSpan(decomposed, { start: 0, end: 4 })).toBe(false);
    expect(isValidSpan(decomposed, { start: 0, end: 5 })).toBe(true);
    expect(isValidSpan(decomposed, { start: 6, end: 10 })).toBe(false);
    expect(isValidSpan(decomposed, { start: 6, end: 12 })).toBe(true);
  });

  it("rejects an end inside a ZWJ family, a skin tone or a flag pair", () => {
    const emoji = "👨‍👩‍👧👍🏽🇺🇸🇬🇧";
    expect(isValidSpan(emoji, { start: 0, end: 8 })).toBe(true);
    expect(isValidSpan(emoji, { start: 0, end: 2 })).toBe(false);
    expect(isValidSpan(emoji, { start: 0, end: 3 })).toBe(false);
    expect(isValidSpan(emoji, { start: 8, end: 10 })).toBe(false);
    expect(isValidSpan(emoji, { start: 8, end: 12 })).toBe(true);
    expect(isValidSpan(emoji, { start: 12, end: 14 })).toBe(false);
    expect(isValidSpan(emoji, { start: 12, end: 16 })).toBe(true);
    expect(isValidSpan(emoji, { start: 16, end: 20 })).toBe(true);
  });

  it("accepts whole words of right-to-left text, indexed in reading order", () => {
    const arabic = "قال المتحدث مُحَمَّد";
    expect(isValidSpan(arabic, { start: 4, end: 11 })).toBe(true);
    expect(sliceSpan(arabic, { start: 4, end: 11 })).toBe("المتحدث");
    // Between a letter and its vowel sign.
    expect(isValidSpan(arabic, { start: 12, end: 13 })).toBe(false);
    expect(isValidSpan(arabic, { start: 12, end: 14 })).toBe(true);
  });
});

describe("sliceSpan", () => {
  it("returns the marked text", () => {
    expect(sliceSpan("a😀b", { start: 1, end: 3 })).toBe("😀");
  });

  it("throws for a span that is not valid rather than return half a character", () => {
    expect(() => sliceSpan("a😀b", { start: 1, end: 2 })).toThrow(RangeError);
    expect(() => sliceSpan("abc", { start: 2, end: 9 })).toThrow(RangeError);
  });
});

describe("codePointOffset and utf16Offset", () => {
  it("count an astral character as one code point but two UTF-16 code units", () => {
    const body = "a😀b𝔸c";
    expect([0, 1, 3, 4, 6, 7].map((index) => codePointOffset(body, index))).toEqual([0, 1, 2, 3, 4, 5]);
    expect([0, 1, 2, 3, 4, 5].map((index) => utf16Offset(body, index))).toEqual([0, 1, 3, 4, 6, 7]);
  });

  it("count a combining mark as a code point of its own, as Postgres does", () => {
    expect(codePointOffset("e\u0301x", 2)).toBe(2);
  });

  it("round-trip at every offset outside a surrogate pair, and slice what code point slicing slices", () => {
    for (const body of Object.values(SAMPLE_BODIES)) {
      const codePoints = Array.from(body);
      for (let index = 0; index <= body.length; index++) {
        if (index > 0 && /[\ud800-\udbff]/.test(body[index - 1]) && /[\udc00-\udfff]/.test(body[index] ?? "")) continue;
        const codePoint = codePointOffset(body, index);
        expect(utf16Offset(body, codePoint)).toBe(index);
        expect(codePoints.slice(0, codePoint).join("")).toBe(body.slice(0, index));
      }
    }
  });

  it("count a lone surrogate as one code point, as the string iterator does", () => {
    const body = "a\ud800b";
    expect(codePointOffset(body, 3)).toBe(3);
    expect(utf16Offset(body, 2)).toBe(2);
  });

  it("refuse a UTF-16 offset inside a surrogate pair, which no code point offset matches", () => {
    expect(() => codePointOffset("a😀", 2)).toThrow(RangeError);
  });

  it("refuse offsets outside the body", () => {
    expect(() => codePointOffset("abc", 4)).toThrow(RangeError);
    expect(() => codePointOffset("abc", -1)).toThrow(RangeError);
    expect(() => codePointOffset("abc", 1.5)).toThrow(RangeError);
    expect(utf16Offset("a😀", 2)).toBe(3);
    expect(() => utf16Offset("a😀", 3)).toThrow(RangeError);
    expect(() => utf16Offset("abc", -1)).toThrow(RangeError);
  });
});

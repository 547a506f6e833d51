import { describe, expect, it } from "vitest";
import { isGraphemeBoundary, wordSegmentsEndingAfter, wordSegmentsStartingBefore } from "./segments.ts";
import { SAMPLE_BODIES } from "./test-support.ts";

const wholeBodyWords = new Intl.Segmenter("en", { granularity: "word" });
const wholeBodyGraphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

function segmentedInOnePiece(body: string) {
  return Array.from(wholeBodyWords.segment(body), ({ segment, index, isWordLike }) => ({
    start: index,
    end: index + segment.length,
    text: segment,
    isWordLike: isWordLike ?? false,
  }));
}

// Iterator.prototype.take is newer than Node 20.
function firstThree<T>(items: Iterator<T>): T[] {
  const first: T[] = [];
  for (let next = items.next(); !next.done && first.length < 3; next = items.next()) first.push(next.value);
  return first;
}

describe.each(Object.entries(SAMPLE_BODIES))("segmenting the %s sample in windows", (_, body) => {
  const expected = segmentedInOnePiece(body);

  it("finds the same word segments as segmenting the whole body", () => {
    expect([...wordSegmentsEndingAfter(body, 0)]).toEqual(expected);
    expect([...wordSegmentsStartingBefore(body, body.length)]).toEqual(expected.toReversed());
  });

  it("starts at the right segment from every offset", () => {
    for (let index = 0; index <= body.length; index++) {
      const after = expected.filter((segment) => segment.end > index).slice(0, 3);
      const before = expected
        .filter((segment) => segment.start < index)
        .toReversed()
        .slice(0, 3);
      expect(firstThree(wordSegmentsEndingAfter(body, index)), `after ${index}`).toEqual(after);
      expect(firstThree(wordSegmentsStartingBefore(body, index)), `before ${index}`).toEqual(before);
    }
  });

  it("agrees with whole-body grapheme segmentation at every offset", () => {
    const boundaries = new Set([...wholeBodyGraphemes.segment(body)].map((segment) => segment.index));
    boundaries.add(body.length);
    for (let index = 0; index <= body.length; index++) {
      expect(isGraphemeBoundary(body, index), `at ${index}`).toBe(boundaries.has(index));
    }
  });
});

describe("segmenting random mixtures of tricky characters in windows", () => {
  const characters = [
    ..."aZ19 \n\t\r.,'’\"-:%$#@_",
    ..."\u0301\u0323\u200d\u200b\u00ad\ufe0f\u3000\u00a0\u0600\ud800",
    ..."👨👩😀🏽🇺🇸🇬𝔸",
    ..."中华人民ไทยשלוםقال\u064e٢क्ष각カー",
  ];
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const bodies = Array.from({ length: 500 }, () =>
    Array.from(
      { length: 1 + Math.floor(random() * 40) },
      () => characters[Math.floor(random() * characters.length)],
    ).join(""),
  );

  it("finds the same word segments and grapheme boundaries as segmenting each whole", () => {
    for (const body of bodies) {
      expect([...wordSegmentsEndingAfter(body, 0)], JSON.stringify(body)).toEqual(segmentedInOnePiece(body));
      const boundaries = new Set([...wholeBodyGraphemes.segment(body)].map((segment) => segment.index));
      for (let index = 1; index < body.length; index++) {
        expect(isGraphemeBoundary(body, index), `${JSON.stringify(body)} at ${index}`).toBe(boundaries.has(index));
      }
    }
  });
});

describe("isGraphemeBoundary", () => {
  it("keeps surrogate pairs, combining marks and ZWJ sequences whole", () => {
    expect(isGraphemeBoundary("😀", 1)).toBe(false);
    expect(isGraphemeBoundary("e\u0301", 1)).toBe(false);
    expect(isGraphemeBoundary("👨‍👩‍👧", 2)).toBe(false);
    expect(isGraphemeBoundary("👨‍👩‍👧", 3)).toBe(false);
  });

  it("pairs regional indicators from the start of the run", () => {
    const flags = "🇺🇸🇬🇧";
    expect([0, 2, 4, 6, 8].map((index) => isGraphemeBoundary(flags, index))).toEqual([true, false, true, false, true]);
  });

  it("counts both ends of the body and nothing outside it", () => {
    expect(isGraphemeBoundary("ab", 0)).toBe(true);
    expect(isGraphemeBoundary("ab", 2)).toBe(true);
    expect(isGraphemeBoundary("ab", 3)).toBe(false);
    expect(isGraphemeBoundary("ab", -1)).toBe(false);
  });
});

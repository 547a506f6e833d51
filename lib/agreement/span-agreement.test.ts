import { describe, expect, it } from "vitest";
import { matchSpans, meanPairwiseSpanF1, spanAgreement, spanOverlap, type TaggedSpan } from "./span-agreement.ts";

const span = (category: string, start: number, end: number): TaggedSpan => ({ category, start, end });

// Reviewer B nearly repeats A's first "loaded" span (overlap 8/10), shifts the second one too far
// (overlap [25,30) of [20,40): 5/20) and adds a "framing" span A does not have.
const reviewerA = [span("loaded", 0, 10), span("loaded", 20, 30), span("framing", 40, 60)];
const reviewerB = [span("loaded", 2, 10), span("loaded", 25, 40), span("framing", 40, 60), span("framing", 70, 80)];

describe("spanOverlap", () => {
  it("is shared characters over characters in either span", () => {
    expect(spanOverlap(span("x", 0, 10), span("x", 2, 10))).toBe(0.8);
    expect(spanOverlap(span("x", 20, 30), span("x", 25, 40))).toBe(0.25);
    expect(spanOverlap(span("x", 0, 10), span("x", 10, 20))).toBe(0);
  });
});

describe("spanAgreement", () => {
  it("matches spans of the same category that overlap by at least half by default", () => {
    // loaded: 1 matched, 1 only A, 1 only B → 2/(2+2) = 0.5; framing: 1, 0, 1 → 2/3; total: 2, 1, 2 → 4/7.
    expect(spanAgreement(reviewerA, reviewerB)).toEqual({
      byCategory: {
        framing: { f1: 2 / 3, matched: 1, onlyA: 0, onlyB: 1 },
        loaded: { f1: 0.5, matched: 1, onlyA: 1, onlyB: 1 },
      },
      total: { f1: 4 / 7, matched: 2, onlyA: 1, onlyB: 2 },
    });
  });

  it("counts only identical boundaries at minOverlap 1", () => {
    // loaded: 0, 2, 2 → 0; framing: 1, 0, 1 → 2/3; total: 1, 2, 3 → 2/7.
    const exact = spanAgreement(reviewerA, reviewerB, { minOverlap: 1 });
    expect(exact.byCategory.loaded).toEqual({ f1: 0, matched: 0, onlyA: 2, onlyB: 2 });
    expect(exact.total).toEqual({ f1: 2 / 7, matched: 1, onlyA: 2, onlyB: 3 });
  });

  it("is symmetric: swapping reviewers swaps onlyA and onlyB and keeps F1", () => {
    const swapped = spanAgreement(reviewerB, reviewerA);
    expect(swapped.total).toEqual({ f1: 4 / 7, matched: 2, onlyA: 2, onlyB: 1 });
    expect(swapped.byCategory.loaded.f1).toBe(0.5);
  });

  it("never matches spans of different categories", () => {
    const result = spanAgreement([span("loaded", 0, 10)], [span("framing", 0, 10)]);
    expect(result.total).toEqual({ f1: 0, matched: 0, onlyA: 1, onlyB: 1 });
  });

  it("pairs each span at most once, with its best-overlapping counterpart", () => {
    // B's [2,12) overlaps A's [0,10) by 8/12 and A's [3,12) by 9/10: it goes to the latter, though listed second.
    const result = spanAgreement([span("x", 0, 10), span("x", 3, 12)], [span("x", 2, 12)], { minOverlap: 0.6 });
    expect(result.total).toEqual({ f1: 2 / 3, matched: 1, onlyA: 1, onlyB: 0 });
    // A duplicate tag by one reviewer is not absorbed by the other reviewer's single tag.
    expect(spanAgreement([span("x", 0, 10)], [span("x", 0, 10), span("x", 0, 9)]).total).toMatchObject({
      matched: 1,
      onlyB: 1,
    });
  });

  it("is undefined when neither reviewer tagged anything, and 1 when both tagged the same", () => {
    expect(spanAgreement([], []).total).toEqual({ f1: null, matched: 0, onlyA: 0, onlyB: 0 });
    expect(spanAgreement(reviewerA, reviewerA).total.f1).toBe(1);
  });

  it("rejects empty or inverted spans and overlaps outside (0, 1]", () => {
    expect(() => spanAgreement([span("x", 5, 5)], [])).toThrow(RangeError);
    expect(() => spanAgreement([span("x", 5, 2)], [])).toThrow(RangeError);
    expect(() => spanAgreement([], [], { minOverlap: 0 })).toThrow(RangeError);
    expect(() => spanAgreement([], [], { minOverlap: 1.5 })).toThrow(RangeError);
  });
});

describe("matchSpans", () => {
  it("names the matched pairs, best overlap first, each span at most once", () => {
    // A's [0,10) and B's [2,10): 0.8; A's [20,30) and B's [25,40): 0.25, below one half.
    const loadedA = reviewerA.filter((tag) => tag.category === "loaded");
    const loadedB = reviewerB.filter((tag) => tag.category === "loaded");
    expect(matchSpans(loadedA, loadedB)).toEqual([[0, 0]]);
    expect(matchSpans(loadedA, loadedB, 0.2)).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(matchSpans(loadedA, loadedB, 1)).toEqual([]);
  });
});

describe("meanPairwiseSpanF1", () => {
  it("averages F1 over reviewer pairs, skipping pairs where a category is undefined", () => {
    const first = [span("loaded", 0, 10)];
    const second = [span("loaded", 0, 10)];
    const third = [span("loaded", 50, 60), span("framing", 0, 10)];
    // Pairs (1,2): loaded 1, framing undefined, total 1. (1,3) and (2,3): loaded 0, framing 0, total 0.
    expect(meanPairwiseSpanF1([first, second, third])).toEqual({
      byCategory: { framing: 0, loaded: 1 / 3 },
      total: 1 / 3,
      pairs: 3,
    });
  });

  it("equals the two-reviewer F1 for two reviewers", () => {
    expect(meanPairwiseSpanF1([reviewerA, reviewerB])).toEqual({
      byCategory: { framing: 2 / 3, loaded: 0.5 },
      total: 4 / 7,
      pairs: 1,
    });
  });

  it("is undefined with fewer than two reviewers", () => {
    expect(meanPairwiseSpanF1([reviewerA])).toEqual({
      byCategory: { framing: null, loaded: null },
      total: null,
      pairs: 0,
    });
  });
});

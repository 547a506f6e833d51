import { describe, expect, it } from "vitest";
import { biasedWordSpans, listedWords } from "./read-babe.ts";

describe("BABE biased words", () => {
  it("reads the Python list BABE writes", () => {
    expect(listedWords("['bizarre', 'characteristically']")).toEqual(["bizarre", "characteristically"]);
    expect(listedWords(`["Trump's", 'hard-left']`)).toEqual(["Trump's", "hard-left"]);
    expect(listedWords("[]")).toEqual([]);
  });

  it("marks every whole-word occurrence, case-insensitively, and leaves grammar words out", () => {
    const text = "Bizarre claims, bizarrely repeated: the claims were bizarre.";
    const spans = biasedWordSpans(text, ["bizarre", "the"]);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(["Bizarre", "bizarre"]);
  });
});

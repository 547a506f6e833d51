import { describe, expect, it } from "vitest";
import { countSnippets, scoreSnippets } from "./snippet-score.ts";

describe("snippet score (trafilatura's evaluation)", () => {
  it("matches whitespace-normalized snippets and pools counts over pages", () => {
    const page = countSnippets(
      "The  council\nvoted on Tuesday.",
      ["council voted", "on Tuesday", "missing bit"],
      ["Impressum"],
    );
    expect(page).toEqual({ truePositive: 2, falsePositive: 0, falseNegative: 1, trueNegative: 1 });
    const score = scoreSnippets([page, countSnippets("Impressum", ["text"], ["Impressum"])]);
    expect(score.precision).toBeCloseTo(2 / 3);
    expect(score.recall).toBeCloseTo(2 / 4);
  });
});

import { describe, expect, it } from "vitest";
import { describeOutcome } from "./describe-outcome.ts";

describe("describeOutcome", () => {
  it("counts what was made and what was already covered", () => {
    expect(describeOutcome({ created: 18, articles: 9, alreadyCovered: 0 }, false)).toBe(
      "Made 18 assignments across 9 articles.",
    );
    expect(describeOutcome({ created: 1, articles: 1, alreadyCovered: 2 }, false)).toBe(
      "Made 1 assignment across 1 article; 2 articles already had enough reviewers.",
    );
  });

  it("says why nothing was made", () => {
    expect(describeOutcome({ created: 0, articles: 0, alreadyCovered: 9 }, true)).toBe(
      "Nothing to assign: 9 articles already had someone assigned.",
    );
    expect(describeOutcome({ created: 0, articles: 0, alreadyCovered: 0 }, false)).toBe(
      "This event has no articles to assign.",
    );
  });
});

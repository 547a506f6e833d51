import { describe, expect, it } from "vitest";
import { describeN } from "./describe-n";

const n = { inScope: 8, counted: 7, gold: 2, untagged: 1, tags: 23.5 };

describe("describeN", () => {
  it("says which articles count, from what, and what is left out", () => {
    expect(describeN({ ...n, basis: "prefer-gold" })).toBe(
      "23.5 tags from 7 of 8 articles (gold for 2, reviewers' tags averaged for 5; 1 untagged, not counted)",
    );
    expect(describeN({ ...n, basis: "reviewers", gold: 0 }, "names")).toBe(
      "23.5 names from 7 of 8 articles (reviewers' tags averaged, gold ignored; 1 untagged, not counted)",
    );
    expect(describeN({ ...n, basis: "gold-only", counted: 2, tags: 6 })).toBe(
      "6 tags from the 2 adjudicated articles of 8 (gold only; 6 not counted)",
    );
    expect(describeN({ basis: "prefer-gold", inScope: 1, counted: 0, gold: 0, untagged: 1, tags: 0 })).toBe(
      "0 tags from 0 of 1 article; 1 untagged, not counted",
    );
  });
});

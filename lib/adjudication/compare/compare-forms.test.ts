import { describe, expect, it } from "vitest";
import { compareForms } from "./compare-forms.ts";

describe("compareForms", () => {
  it("marks where reviewers agree and where they differ, per frame and per actor's tone", () => {
    const comparison = compareForms(
      ["ravi", "rosa"],
      [
        {
          reviewerId: "ravi",
          primaryFrameId: "economic",
          headlineFrameId: "conflict",
          tones: [{ actorId: "mayor", tone: -1 }],
        },
        {
          reviewerId: "rosa",
          primaryFrameId: "economic",
          headlineFrameId: null,
          tones: [
            { actorId: "mayor", tone: -1 },
            { actorId: "firm", tone: 2 },
          ],
        },
      ],
      ["mayor", "firm", "union"],
    );
    expect(comparison.primaryFrame).toEqual({ values: ["economic", "economic"], agreed: "economic", differs: false });
    expect(comparison.headlineFrame).toEqual({ values: ["conflict", null], agreed: null, differs: true });
    expect(comparison.tones).toEqual([
      { actorId: "mayor", values: [-1, -1], agreed: -1, differs: false },
      { actorId: "firm", values: [null, 2], agreed: null, differs: true },
      { actorId: "union", values: [null, null], agreed: null, differs: false },
    ]);
  });

  it("agrees on nothing for a reviewer who filled in no form", () => {
    const comparison = compareForms(
      ["ravi", "rosa"],
      [{ reviewerId: "ravi", primaryFrameId: "economic", headlineFrameId: null, tones: [] }],
      [],
    );
    expect(comparison.primaryFrame).toEqual({ values: ["economic", null], agreed: null, differs: true });
  });
});

import { describe, expect, it } from "vitest";
import type { GoldTag } from "../adjudication-tags.ts";
import { buildUnits } from "./build-units.ts";
import { tagOn } from "./test-tags.ts";

const goldOf = (id: string, quoted: string): GoldTag => {
  const { reviewerId: _reviewerId, decision: _decision, ...tag } = tagOn("gold", quoted);
  return { ...tag, id };
};

describe("buildUnits", () => {
  it("lays each unit out one version per reviewer, says how they differ, and attaches the gold they became", () => {
    const ravi = tagOn("ravi", "approved the harbour plan", {
      decision: { verdict: "ACCEPTED", goldAnnotationId: "gold-1" },
    });
    const rosa = tagOn("rosa", "council approved the harbour plan on Monday", {
      decision: { verdict: "REJECTED", goldAnnotationId: null },
    });
    const lone = tagOn("rosa", "reckless gamble");
    const gold = [goldOf("gold-1", "approved the harbour plan"), goldOf("gold-2", "Critics")];

    const { units, addedGold } = buildUnits(["ravi", "rosa"], [ravi, rosa, lone], gold);

    expect(units).toHaveLength(2);
    expect(units[0]).toMatchObject({
      status: "differs",
      differences: { span: true, fields: [] },
      startOffset: rosa.startOffset,
      endOffset: rosa.endOffset,
      undecided: 0,
      gold: [{ id: "gold-1" }],
    });
    expect(units[0].versions.map((version) => version?.tag.id)).toEqual([ravi.id, rosa.id]);
    expect(units[0].versions[1]?.parts).toMatchObject({ before: "council ", after: " on Monday" });
    expect(units[1]).toMatchObject({ status: "missing", undecided: 1, gold: [] });
    expect(units[1].versions[0]).toBeNull();
    expect(addedGold.map((tag) => tag.id)).toEqual(["gold-2"]);
  });

  it("says a unit agrees when every reviewer tagged it alike", () => {
    const { units } = buildUnits(["ravi", "rosa"], [tagOn("ravi", "Critics"), tagOn("rosa", "Critics")], []);
    expect(units).toMatchObject([{ status: "agrees", undecided: 2 }]);
  });
});

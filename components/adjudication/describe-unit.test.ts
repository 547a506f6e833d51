import { describe, expect, it } from "vitest";
import type { AdjudicationUnit } from "./types";
import { describeUnit } from "./describe-unit";

const reviewers = [
  { id: "ravi", name: "Ravi" },
  { id: "rosa", name: "Rosa" },
];
const unit = (fields: Partial<AdjudicationUnit>) =>
  ({ versions: [{}, {}], status: "differs", differences: { span: false, fields: [] }, ...fields }) as AdjudicationUnit;

describe("describeUnit", () => {
  it("says who did not tag a passage, and what differs in words", () => {
    expect(describeUnit(unit({ versions: [null, {} as never], status: "missing" }), reviewers, undefined)).toBe(
      "Only Rosa tagged this",
    );
    expect(
      describeUnit(unit({ differences: { span: true, fields: ["verbClass", "actor"] } }), reviewers, undefined),
    ).toBe("Spans differ; verb class, actor differ");
    expect(describeUnit(unit({ status: "agrees" }), reviewers, undefined)).toBe("All reviewers agree");
  });
});

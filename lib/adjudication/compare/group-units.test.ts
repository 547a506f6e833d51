import { describe, expect, it } from "vitest";
import { groupUnits } from "./group-units.ts";
import { tagOn } from "./test-tags.ts";

const idsOf = (units: { id: string }[][]) => units.map((unit) => unit.map((tag) => tag.id));

describe("groupUnits", () => {
  it("puts reviewers' tags of the same category whose spans overlap by half or more into one unit", () => {
    const ravi = tagOn("ravi", "approved the harbour plan");
    const rosa = tagOn("rosa", "council approved the harbour plan on Monday");
    const lone = tagOn("rosa", "reckless gamble");
    expect(idsOf(groupUnits([lone, rosa, ravi]))).toEqual([[rosa.id, ravi.id], [lone.id]]);
  });

  it("keeps apart overlaps under half, other categories and two tags of the same reviewer", () => {
    const ravi = tagOn("ravi", "council approved the harbour plan on Monday");
    const short = tagOn("rosa", "Monday");
    const other = tagOn("rosa", "council approved the harbour plan on Monday", { code: "frame.conflict" });
    const twice = tagOn("ravi", "council approved the harbour plan");
    expect(groupUnits([ravi, short, other, twice])).toHaveLength(4);
  });

  it("pairs a tag with its closest counterpart, one tag per reviewer in a unit", () => {
    const rosaWide = tagOn("rosa", "council approved the harbour plan on Monday");
    const rosaNarrow = tagOn("rosa", "approved the harbour plan");
    const ravi = tagOn("ravi", "approved the harbour plan");
    const units = groupUnits([rosaWide, rosaNarrow, ravi]);
    expect(idsOf(units)).toEqual([[rosaWide.id], [rosaNarrow.id, ravi.id].sort()]);
  });

  it("joins three reviewers' matching tags into one unit", () => {
    const tags = ["ravi", "rosa", "ada"].map((id) => tagOn(id, "reckless gamble"));
    expect(groupUnits(tags)).toHaveLength(1);
    expect(groupUnits(tags)[0]).toHaveLength(3);
  });
});

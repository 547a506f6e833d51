import { describe, expect, it } from "vitest";
import type { CategoryAttribute } from "./category-attributes.ts";
import { countChanges, diffCodebook, isEmptyDiff } from "./diff-codebook.ts";
import type { CategoryDefinition } from "./publish-input.ts";

const frame = (slug: string, label = slug, extra: Partial<CategoryDefinition> = {}): CategoryDefinition => ({
  code: `frame.${slug}`,
  kind: "FRAME",
  label,
  description: `About ${slug}.`,
  attributes: [],
  ...extra,
});

const certainty: CategoryAttribute = {
  code: "certainty",
  label: "Certainty",
  description: "",
  type: "choice",
  options: [
    { code: "low", label: "Low", description: "" },
    { code: "high", label: "High", description: "" },
  ],
};

describe("codebook diff", () => {
  const before = [frame("economic", "Economic"), frame("morality", "Morality"), frame("conflict", "Conflict")];

  it("is empty for an unchanged list", () => {
    const diff = diffCodebook(before, structuredClone(before));
    expect(isEmptyDiff(diff)).toBe(true);
    expect(countChanges(diff)).toBe(0);
  });

  it("tells additions from restores of a code an earlier version had, and lists retirements", () => {
    const after = [before[0]!, before[1]!, frame("heritage", "Maritime heritage"), frame("legality", "Legality")];
    const diff = diffCodebook(before, after, new Set(["frame.legality"]));
    expect(diff.added).toEqual([{ code: "frame.heritage", kind: "FRAME", label: "Maritime heritage" }]);
    expect(diff.restored).toEqual([{ code: "frame.legality", kind: "FRAME", label: "Legality" }]);
    expect(diff.retired).toEqual([{ code: "frame.conflict", kind: "FRAME", label: "Conflict" }]);
    expect(diff.reordered).toEqual([]);
    expect(countChanges(diff)).toBe(3);
  });

  it("lists renames and new definitions by code, with what they were", () => {
    const after = [frame("economic", "Economy"), { ...before[1]!, description: "Right and wrong." }, before[2]!];
    const diff = diffCodebook(before, after);
    expect(diff.renamed).toEqual([{ code: "frame.economic", kind: "FRAME", label: "Economy", from: "Economic" }]);
    expect(diff.redefined).toEqual([
      { code: "frame.morality", kind: "FRAME", label: "Morality", from: "About morality.", to: "Right and wrong." },
    ]);
  });

  it("reports the category moved within its kind with its old and new place", () => {
    const diff = diffCodebook(before, [before[0]!, before[2]!, before[1]!]);
    expect(diff.reordered).toHaveLength(1);
    const [move] = diff.reordered;
    expect([move!.code, move!.from, move!.to]).toEqual(
      move!.code === "frame.conflict" ? ["frame.conflict", 3, 2] : ["frame.morality", 2, 3],
    );
  });

  it("lists added, removed, changed and reordered attributes of a category", () => {
    const note: CategoryAttribute = { code: "note", label: "Note", description: "", type: "text", options: [] };
    const withAttributes = [frame("economic", "Economic", { attributes: [certainty, note] })];
    const relabelled = { ...certainty, options: [certainty.options[0]!, { ...certainty.options[1]!, label: "Sure" }] };
    const flag: CategoryAttribute = { code: "costs", label: "Costs named", description: "", type: "flag", options: [] };
    const diff = diffCodebook(withAttributes, [frame("economic", "Economic", { attributes: [relabelled, flag] })]);
    expect(diff.attributesChanged).toEqual([
      {
        code: "frame.economic",
        kind: "FRAME",
        label: "Economic",
        added: ["Costs named"],
        removed: ["Note"],
        changed: ["Certainty"],
        reordered: false,
      },
    ]);
    const swapped = diffCodebook(withAttributes, [frame("economic", "Economic", { attributes: [note, certainty] })]);
    expect(swapped.attributesChanged[0]).toMatchObject({ added: [], removed: [], changed: [], reordered: true });
  });

  it("ignores the key order of attributes read back from JSON", () => {
    const reordered = Object.fromEntries(Object.entries(certainty).reverse()) as CategoryAttribute;
    const diff = diffCodebook(
      [frame("economic", "Economic", { attributes: [certainty] })],
      [frame("economic", "Economic", { attributes: [reordered] })],
    );
    expect(isEmptyDiff(diff)).toBe(true);
  });
});

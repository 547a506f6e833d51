import { describe, expect, it } from "vitest";
import type { CategoryDefinition } from "@/lib/codebook/publish-input";
import type { CodebookDraft } from "@/lib/codebook/queries/load-codebook-draft";
import { activeCategories, draftFrom, publishInputOf, type Draft } from "./draft";
import { errorKey, hasErrorsWithin, keyedErrors } from "./draft-errors";
import { draftReducer, type DraftAction } from "./draft-reducer";

const category = (code: string, label: string, kind: CategoryDefinition["kind"] = "FRAME"): CategoryDefinition => ({
  code,
  kind,
  label,
  description: `${label}.`,
  attributes: [],
});

const CODEBOOK: CodebookDraft = {
  version: 2,
  publishedAt: new Date("2026-03-01T00:00:00Z"),
  publishedBy: null,
  notes: null,
  categories: [
    category("frame.economic", "Economic"),
    category("frame.morality", "Morality"),
    category("attribution.reported_speech", "Attribution", "ATTRIBUTION"),
    category("frame.conflict", "Conflict"),
  ],
  retired: [{ ...category("frame.legality", "Legality"), lastVersion: 1 }],
};

const apply = (...actions: DraftAction[]): Draft => actions.reduce(draftReducer, draftFrom(CODEBOOK));
const labels = (draft: Draft) => activeCategories(draft).map((c) => c.label);

describe("the codebook editor's draft", () => {
  it("publishes the edited version unchanged when nothing was edited, kinds in its order", () => {
    const draft = draftFrom(CODEBOOK);
    expect(draft.kinds.slice(0, 2)).toEqual(["FRAME", "ATTRIBUTION"]);
    expect(publishInputOf(draft)).toEqual({
      basedOnVersion: 2,
      notes: "",
      categories: [CODEBOOK.categories[0], CODEBOOK.categories[1], CODEBOOK.categories[3], CODEBOOK.categories[2]],
    });
  });

  it("moves a category among the active ones of its kind, stepping over others", () => {
    const draft = apply({ type: "moveCategory", key: "frame.conflict", direction: "up" });
    expect(labels(draft)).toEqual(["Economic", "Conflict", "Morality", "Attribution"]);
    const retiredBetween = apply(
      { type: "retire", key: "frame.morality" },
      { type: "moveCategory", key: "frame.conflict", direction: "up" },
    );
    expect(labels(retiredBetween)).toEqual(["Conflict", "Economic", "Attribution"]);
    expect(apply({ type: "moveCategory", key: "frame.economic", direction: "up" }).categories).toEqual(
      draftFrom(CODEBOOK).categories,
    );
  });

  it("retires and restores in place, and drops a category added in this draft instead of retiring it", () => {
    const restored = apply({ type: "retire", key: "frame.morality" }, { type: "restore", key: "frame.morality" });
    expect(labels(restored)).toEqual(["Economic", "Morality", "Conflict", "Attribution"]);
    expect(labels(apply({ type: "restore", key: "frame.legality" }))).toContain("Legality");
    const dropped = apply(
      { type: "addCategory", kind: "FRAME", label: "Heritage", key: "k1" },
      { type: "retire", key: "k1" },
    );
    expect(dropped.categories.map((c) => c.key)).not.toContain("k1");
  });

  it("suggests a new category's code from its label until the admin types one, never a taken code", () => {
    const added = apply(
      { type: "addCategory", kind: "FRAME", label: "Legality", key: "k1" },
      { type: "editCategory", key: "k1", patch: { label: "Maritime heritage" } },
    );
    expect(added.categories.at(-1)).toMatchObject({ code: "frame.maritime_heritage", fixedCode: false });
    expect(apply({ type: "addCategory", kind: "FRAME", label: "Legality", key: "k1" }).categories.at(-1)?.code).toBe(
      "frame.legality_2",
    );
    const typed = draftReducer(added, { type: "editCategory", key: "k1", patch: { code: "frame.heritage" } });
    const relabelled = draftReducer(typed, { type: "editCategory", key: "k1", patch: { label: "Port heritage" } });
    expect(relabelled.categories.at(-1)).toMatchObject({ code: "frame.heritage", label: "Port heritage" });
    const published = apply({ type: "editCategory", key: "frame.economic", patch: { label: "Economy" } });
    expect(published.categories[0]).toMatchObject({ code: "frame.economic", label: "Economy" });
  });

  it("offers two options when an attribute becomes a choice, and sends options only for choices", () => {
    const attribute = (draft: Draft) => draft.categories[0]!.attributes[0]!;
    const withText = apply({ type: "attributes", categoryKey: "frame.economic", change: { type: "add" } });
    const key = attribute(withText).key;
    const edit = (patch: object): DraftAction => ({
      type: "attributes",
      categoryKey: "frame.economic",
      change: { type: "edit", key, patch },
    });
    const choice = [edit({ label: "Certainty" }), edit({ type: "choice" })].reduce(draftReducer, withText);
    expect(attribute(choice)).toMatchObject({ code: "certainty", type: "choice" });
    expect(attribute(choice).options).toHaveLength(2);
    const optionKey = attribute(choice).options[0]!.key;
    const named = draftReducer(choice, {
      type: "options",
      categoryKey: "frame.economic",
      attributeKey: key,
      change: { type: "edit", key: optionKey, patch: { label: "Very sure" } },
    });
    expect(attribute(named).options[0]).toMatchObject({ code: "very_sure", label: "Very sure" });
    const backToText = draftReducer(named, edit({ type: "text" }));
    expect(publishInputOf(backToText).categories[0]!.attributes[0]!.options).toEqual([]);
    expect(attribute(backToText).options).toHaveLength(2);
  });

  it("puts the publish action's field errors beside the fields they are about, by key", () => {
    const draft = apply(
      { type: "retire", key: "frame.economic" },
      { type: "attributes", categoryKey: "frame.conflict", change: { type: "add" } },
    );
    const attributeKey = draft.categories.find((c) => c.key === "frame.conflict")!.attributes[0]!.key;
    const errors = keyedErrors(draft, {
      "categories.1.label": ["Taken."],
      "categories.1.attributes.0.options": ["Two options share a code."],
      "categories.1.attributes": ["Two attributes share a code."],
      categories: ["Keep at least one category."],
      "categories.9.label": ["Gone."],
    });
    expect(errors).toEqual({
      [errorKey(["frame.conflict"], "label")]: ["Taken."],
      [errorKey(["frame.conflict", attributeKey], "options")]: ["Two options share a code."],
      [errorKey(["frame.conflict"], "attributes")]: ["Two attributes share a code."],
      categories: ["Keep at least one category."],
      form: ["Gone."],
    });
    expect(hasErrorsWithin(errors, ["frame.conflict"])).toBe(true);
    expect(hasErrorsWithin(errors, ["frame.morality"])).toBe(false);
  });

  it("moves the edits on top of a newer version: its codes become fixed, its other categories join as retired", () => {
    const edited = apply(
      { type: "editCategory", key: "frame.economic", patch: { label: "Economy" } },
      { type: "addCategory", kind: "FRAME", label: "Heritage", key: "k1" },
    );
    const newer: CodebookDraft = {
      ...CODEBOOK,
      version: 3,
      categories: [...CODEBOOK.categories, category("frame.heritage", "Heritage"), category("naming.actor", "Naming")],
    };
    const rebased = draftReducer(edited, { type: "rebase", newer });
    expect(rebased.basedOnVersion).toBe(3);
    expect(rebased.base).toBe(newer.categories);
    expect(rebased.categories.find((c) => c.key === "k1")).toMatchObject({ code: "frame.heritage", fixedCode: true });
    expect(rebased.categories.find((c) => c.code === "naming.actor")).toMatchObject({ retired: true, lastVersion: 3 });
    expect(rebased.categories.find((c) => c.code === "frame.economic")?.label).toBe("Economy");
  });
});

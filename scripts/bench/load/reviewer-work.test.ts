import { describe, expect, it } from "vitest";
import type { CategoryInUse, WorkspaceTag } from "../../../components/tagging/types.ts";
import { editedFields, Reviewer } from "./reviewer-work.ts";
import { Rota } from "./rota.ts";

const category = (id: string, kind: CategoryInUse["kind"], code: string): CategoryInUse => ({
  id,
  kind,
  code,
  label: `Label ${id}`,
  description: "",
  attributes: [],
});
const categories = [
  category("f1", "FRAME", "frame.one"),
  category("f2", "FRAME", "frame.two"),
  category("a1", "ATTRIBUTION", "attribution.reported_speech"),
  category("l1", "LOADED_LANGUAGE", "loaded.one"),
  category("n1", "NAMING", "naming.actor"),
];
const body = "alpha bravo charlie delta";
const words = [...body.matchAll(/\w+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

describe("Reviewer", () => {
  it("tags each planned word once, article after article, with kinds that need no actor", () => {
    const reviewer = new Reviewer(
      "r1",
      "r1@x",
      [
        { id: "a", body, spans: words.slice(0, 2) },
        { id: "b", body, spans: words.slice(2) },
      ],
      categories,
    );
    const made = Array.from({ length: 4 }, () => reviewer.nextTag());
    expect(made.map((tag) => [tag.articleId, tag.fields.quotedText])).toEqual([
      ["a", "alpha"],
      ["a", "bravo"],
      ["b", "charlie"],
      ["b", "delta"],
    ]);
    expect(made.every((tag) => tag.fields.kind !== "NAMING")).toBe(true);
    expect(() => reviewer.nextTag()).toThrow(/tagged every planned word/);
  });

  it("lends out each saved tag to one request at a time", () => {
    const reviewer = new Reviewer("r1", "r1@x", [], categories);
    const saved = { articleId: "a", tag: { id: "t1" } as WorkspaceTag };
    reviewer.keep(saved);
    expect(reviewer.takeTag()).toBe(saved);
    expect(reviewer.hasIdleTag()).toBe(false);
    expect(reviewer.takeTag()).toBeNull();
  });
});

describe("editedFields", () => {
  const tag = (kind: CategoryInUse["kind"], categoryId: string, attributes: Record<string, unknown>): WorkspaceTag => ({
    id: "t1",
    categoryId,
    kind,
    label: "x",
    startOffset: 0,
    endOffset: 5,
    quotedText: "alpha",
    attributes,
    actorId: null,
    claimId: null,
    revision: 3,
    mine: true,
  });

  it("changes what the attribute panel changes and keeps the rest of the tag", () => {
    expect(editedFields(tag("FRAME", "f2", {}), categories)).toMatchObject({ categoryId: "f1", label: "Label f1" });
    expect(editedFields(tag("LOADED_LANGUAGE", "l1", { direction: "unfavourable" }), categories).attributes).toEqual({
      direction: "favourable",
    });
    const given = editedFields(tag("ATTRIBUTION", "a1", { form: "indirect", anonymous: false }), categories);
    expect(given.attributes).toMatchObject({ form: "indirect", speaker: "A port spokesperson", verb: "said" });
    expect(
      editedFields({ ...tag("ATTRIBUTION", "a1", given.attributes), revision: 4 }, categories).attributes,
    ).toMatchObject({
      speaker: null,
    });
    expect(given).not.toHaveProperty("revision");
  });
});

describe("Rota", () => {
  it("hands out users in turn, skipping those who cannot act now", () => {
    const rota = new Rota([1, 2, 3]);
    expect([rota.next(), rota.next(), rota.next((n) => n !== 3), rota.next()]).toEqual([1, 2, 1, 2]);
    expect(() => rota.next(() => false)).toThrow(/No simulated user/);
  });
});

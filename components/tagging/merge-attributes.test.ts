import { describe, expect, it } from "vitest";
import { mergeAttributes } from "./merge-attributes";

describe("mergeAttributes", () => {
  it("replaces the kind's attributes it names and keeps the others", () => {
    expect(mergeAttributes({ form: "indirect", anonymous: false }, { form: "direct_quote" })).toEqual({
      form: "direct_quote",
      anonymous: false,
    });
  });

  it("merges the category's own values one level deeper, so an edit of one keeps the others", () => {
    const before = { custom: { frame_name: "Sovereignty", certain: true } };
    expect(mergeAttributes(before, { custom: { certain: false } })).toEqual({
      custom: { frame_name: "Sovereignty", certain: false },
    });
  });

  it("leaves out a cleared value, and the custom object once it is empty", () => {
    expect(
      mergeAttributes({ custom: { frame_name: "Sovereignty", level: "high" } }, { custom: { level: null } }),
    ).toEqual({ custom: { frame_name: "Sovereignty" } });
    expect(
      mergeAttributes({ direction: "favourable", custom: { frame_name: "x" } }, { custom: { frame_name: null } }),
    ).toEqual({ direction: "favourable" });
  });
});

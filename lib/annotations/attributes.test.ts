import { describe, expect, it } from "vitest";
import { ATTRIBUTES_BY_KIND } from "./attributes.ts";

describe("tag attributes", () => {
  it("fills an attribution's optional fields and refuses an unknown form", () => {
    const parsed = ATTRIBUTES_BY_KIND.ATTRIBUTION.parse({
      form: "indirect",
      anonymous: false,
      speaker: "  Joe Biden ",
    });
    expect(parsed).toEqual({
      form: "indirect",
      anonymous: false,
      speaker: "Joe Biden",
      speakerType: null,
      verb: null,
      verbClass: null,
    });
    expect(ATTRIBUTES_BY_KIND.ATTRIBUTION.safeParse({ form: "rumour", anonymous: false }).success).toBe(false);
  });

  it("needs a direction for loaded language, and refuses attributes where a kind has none", () => {
    expect(ATTRIBUTES_BY_KIND.LOADED_LANGUAGE.safeParse({}).success).toBe(false);
    expect(ATTRIBUTES_BY_KIND.LOADED_LANGUAGE.parse({ direction: "unfavourable" })).toEqual({
      direction: "unfavourable",
    });
    expect(ATTRIBUTES_BY_KIND.FRAME.safeParse({ speaker: "x" }).success).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { compareVersions, isSameVersion } from "./compare-versions.ts";
import { tagOn } from "./test-tags.ts";

const speech = (reviewerId: string, attributes: Record<string, unknown>, extra = {}) =>
  tagOn(reviewerId, "reckless gamble", {
    code: "attribution.reported_speech",
    kind: "ATTRIBUTION",
    attributes,
    ...extra,
  });

describe("compareVersions", () => {
  it("finds nothing different between identical versions, and treats a missing attribute as not set", () => {
    const a = speech("ravi", { form: "indirect", speaker: null, anonymous: false });
    const b = speech("rosa", { form: "indirect", anonymous: false });
    expect(compareVersions([a, b])).toEqual({ span: false, fields: [] });
    expect(isSameVersion(a, b)).toBe(true);
  });

  it("names each attribute, custom attribute and link that differs, and a different span", () => {
    const a = speech(
      "ravi",
      { form: "indirect", verbClass: "neutral", custom: { certainty: "high" } },
      { actorId: "x" },
    );
    const b = {
      ...speech("rosa", { form: "direct_quote", verbClass: "neutral", custom: { certainty: "low" } }, { claimId: "c" }),
      startOffset: a.startOffset + 1,
    };
    expect(compareVersions([a, b])).toEqual({ span: true, fields: ["form", "custom.certainty", "actor", "claim"] });
    expect(isSameVersion(a, b)).toBe(false);
  });

  it("finds nothing to compare in a lone version", () => {
    expect(compareVersions([speech("ravi", { form: "indirect" })])).toEqual({ span: false, fields: [] });
  });
});

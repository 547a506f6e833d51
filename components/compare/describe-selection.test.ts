import { describe, expect, it } from "vitest";
import { describeSelection } from "./describe-selection";

describe("describeSelection", () => {
  it("names what a selector picks", () => {
    const actor = "0e3c1f3a-7d1e-4c55-9a4e-2f6b8e1d0a01";
    expect(describeSelection({ kind: "ATTRIBUTION", actor }, { actor: "City Hall" })).toBe(
      "Attributions for City Hall",
    );
    expect(describeSelection({ kind: "ATTRIBUTION", form: "direct_quote" }, {})).toBe("Direct quotes");
    expect(describeSelection({ kind: "ATTRIBUTION", form: "unattributed" }, {})).toBe("Unattributed claims");
    expect(describeSelection({ kind: "ATTRIBUTION", anonymous: "true" }, {})).toBe("Anonymous quotes and paraphrases");
    expect(describeSelection({ kind: "ATTRIBUTION", actor, verbClass: "evaluative" }, { actor: "City Hall" })).toBe(
      "Attributions with an evaluative reporting verb for City Hall",
    );
    expect(describeSelection({ kind: "ATTRIBUTION", claim: actor }, { claim: "Plant passed" })).toBe(
      "Attributions carrying the claim “Plant passed”",
    );
    expect(describeSelection({ kind: "ATTRIBUTION", speakerType: "witness_civilian" }, {})).toBe(
      "Attributions from: Witness or civilian",
    );
    expect(describeSelection({ kind: "NAMING", actor, name: "the giant" }, { actor: "Meridian" })).toBe(
      "“the giant” as a name for Meridian",
    );
    expect(describeSelection({ kind: "PRIMARY_FRAME", code: "frame.conflict" }, { category: "Conflict" })).toBe(
      "Articles whose primary frame is Conflict",
    );
  });
});

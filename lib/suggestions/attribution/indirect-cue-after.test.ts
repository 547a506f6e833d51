import { describe, expect, it } from "vitest";
import { onlyAttribution } from "../test-support.ts";

describe("indirect speech before its cue", () => {
  it("takes the sentence before “…, X said.”", () => {
    expect(onlyAttribution("Hamas will not return to the talks, the source said on Tuesday.")).toMatchObject({
      rule: "indirect.cue-after",
      content: ["Hamas will not return to the talks"],
      speaker: "the source",
      anonymous: true,
    });
  });

  it("and before “…, said X.”", () => {
    expect(
      onlyAttribution("The plant will reopen next month, said Gregory Lindqvist, the chief executive."),
    ).toMatchObject({
      content: ["The plant will reopen next month"],
      speaker: "Gregory Lindqvist",
      mention: "Gregory Lindqvist, the chief executive",
    });
  });

  it("keeps unlisted words describing the speaker after the comma", () => {
    expect(onlyAttribution("It is impossible to scour every account, law enforcement officials say.")).toMatchObject({
      content: ["It is impossible to scour every account"],
      mention: "law enforcement officials",
    });
  });

  it("reads a headline ending on its title-case verb, and a speaker placed “in the room”", () => {
    expect(onlyAttribution("Trump Could Address Clean Energy, Lindsey Graham Says.")).toMatchObject({
      content: ["Trump Could Address Clean Energy"],
      speaker: "Lindsey Graham",
    });
    expect(onlyAttribution("The meeting went badly from there, said one GOP source in the room.")).toMatchObject({
      mention: "one GOP source in the room",
    });
  });
});

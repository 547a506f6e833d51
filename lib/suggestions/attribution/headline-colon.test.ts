import { describe, expect, it } from "vitest";
import { attributionsIn, onlyAttribution } from "../test-support.ts";

describe("headlines naming a speaker before a colon", () => {
  it("take the name as speaker and the rest as what they said", () => {
    expect(
      onlyAttribution("Graham: Trump’s Rhetoric Destroying GOP’s Chance to Win\n\nThe senator spoke on Sunday."),
    ).toMatchObject({
      rule: "headline.colon",
      form: "indirect",
      content: ["Trump’s Rhetoric Destroying GOP’s Chance to Win"],
      speaker: "Graham",
      cue: ":",
    });
  });

  it("leave labels and colons inside running text alone", () => {
    expect(attributionsIn("The Latest: Cruz to give away engraved shotgun")).toEqual([]);
    expect(attributionsIn("Officials listed three causes: heat, wind and drought. The fire spread fast.")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { onlyAttribution } from "../test-support.ts";

describe("according to", () => {
  it("at the start, the content follows the source", () => {
    expect(onlyAttribution("According to several reports, Hamas withdrew from the talks.")).toMatchObject({
      rule: "indirect.according-to",
      content: ["Hamas withdrew from the talks"],
      speaker: "several reports",
      cue: "According to",
      verbClass: "neutral",
    });
  });

  it("at the end, the content comes before it", () => {
    expect(onlyAttribution("Three people were injured, according to the fire department.")).toMatchObject({
      content: ["Three people were injured"],
      speaker: "the fire department",
    });
  });

  it("in the middle, the content is on both sides", () => {
    expect(onlyAttribution("The fire, according to officials, started in the warehouse.").content).toEqual([
      "The fire",
      "started in the warehouse",
    ]);
  });

  it("takes whatever follows “according to” as the source when no speaker phrase fits", () => {
    expect(
      onlyAttribution(
        "According to early results of exit polls conducted for the networks, half of the voters were black.",
      ),
    ).toMatchObject({ speaker: "early results of exit polls conducted for the networks", cue: "According to" });
    expect(
      onlyAttribution("Clinton did well among voters who like Wall Street, according to exit polling data."),
    ).toMatchObject({
      speaker: "exit polling data",
    });
  });
});

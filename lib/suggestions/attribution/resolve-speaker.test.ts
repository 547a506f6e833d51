import { describe, expect, it } from "vitest";
import { attributionsIn } from "../test-support.ts";

const speakers = (text: string) => attributionsIn(text).map(({ mention, speaker }) => ({ mention, speaker }));

describe("pronoun and description speakers", () => {
  it("resolve “he” and “she” to the nearest earlier person who fits", () => {
    const text =
      "Senator Maria Lopez said the bill would pass. Governor Tom Reyes said he would veto it.\n\n" +
      "“It is reckless,” she said. “We have the votes,” he said.";
    expect(speakers(text).slice(2)).toEqual([
      { mention: "she", speaker: "Senator Maria Lopez" },
      { mention: "he", speaker: "Governor Tom Reyes" },
    ]);
  });

  it("take the gender a title or role shows", () => {
    const text = "Ms. Dana Whitcombe spoke first. Mr. Ben Carrow followed.\n\n“We are ready,” she said.";
    expect(speakers(text)).toEqual([{ mention: "she", speaker: "Ms. Dana Whitcombe" }]);
  });

  it("resolve “it” and “they” to a group", () => {
    const text = "The ministry said the crossing was closed. “Aid will wait,” it said.";
    expect(speakers(text)[1]).toEqual({ mention: "it", speaker: "The ministry" });
  });

  it("resolve a definite description to the earlier name with the same role", () => {
    const text =
      "But President Joe Biden is not willing to do this. “Hamas needs to take the deal,” the president said.";
    expect(speakers(text)).toEqual([{ mention: "the president", speaker: "President Joe Biden" }]);
  });

  it("resolve “who” to the name before it", () => {
    expect(speakers("Barkley, who said he typically votes Democratic, backed Kasich.")[0]).toEqual({
      mention: "who",
      speaker: "Barkley",
    });
  });

  it("keep a pronoun that nothing fits", () => {
    expect(speakers("“We will see,” he said.")).toEqual([{ mention: "he", speaker: "he" }]);
  });
});

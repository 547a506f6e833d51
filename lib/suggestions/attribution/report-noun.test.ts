import { describe, expect, it } from "vitest";
import { attributionsIn, onlyAttribution } from "../test-support.ts";

describe("reporting nouns", () => {
  it("take the owner of “claim that”, “warning that” as the speaker", () => {
    expect(onlyAttribution("Fact-checkers examined Donald Trump’s claim that crime had doubled.")).toMatchObject({
      rule: "indirect.report-noun",
      content: ["crime had doubled"],
      mention: "Donald Trump’s",
      cue: "claim",
    });
    expect(onlyAttribution("Nobody heeded her warning that the dam would fail.").mention).toBe("her");
  });

  it("need an owner and a clause", () => {
    expect(attributionsIn("The claim that crime doubled was false.")).toEqual([]);
    expect(attributionsIn("His claims were false.")).toEqual([]);
  });
});

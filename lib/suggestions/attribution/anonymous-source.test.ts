import { describe, expect, it } from "vitest";
import { attributionsIn } from "../test-support.ts";
import { isAnonymous } from "./anonymous-source.ts";

describe("anonymous sources", () => {
  it("are speakers whose identity the text withholds", () => {
    for (const speaker of [
      "a source close to Hamas",
      "officials who spoke on condition of anonymity",
      "an unnamed Israeli official",
      "sources familiar with the matter",
      "local media",
      "a senior administration official",
      "two people briefed on the talks",
    ])
      expect(isAnonymous(speaker), speaker).toBe(true);
  });

  it("are not named people, outlets or bodies", () => {
    for (const speaker of ["President Joe Biden", "Hamas", "the Pentagon", "Reuters", "Jane Doe, a spokeswoman"])
      expect(isAnonymous(speaker), speaker).toBe(false);
  });

  it("are found with the phrase that withholds them", () => {
    const text =
      "Officials who spoke on condition of anonymity said the talks had collapsed. Local media reported that two were killed.";
    expect(attributionsIn(text).map(({ mention, anonymous }) => ({ mention, anonymous }))).toEqual([
      { mention: "Officials who spoke on condition of anonymity", anonymous: true },
      { mention: "Local media", anonymous: true },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { attributionsIn, onlyAttribution } from "../test-support.ts";

describe("quote introduced by its cue", () => {
  it("after a colon, a comma or “that”", () => {
    expect(onlyAttribution(`Biden said: "Hamas needs to take the deal."`)).toMatchObject({
      rule: "quote.cue-before",
      content: [`"Hamas needs to take the deal."`],
      speaker: "Biden",
      cue: "said",
    });
    expect(onlyAttribution(`He told the crowd, “We will win.”`)).toMatchObject({ mention: "He", cue: "told" });
    expect(onlyAttribution(`The minister said that “the border stays closed.”`)).toMatchObject({
      content: ["“the border stays closed.”"],
    });
  });

  it("across a paragraph break after a colon", () => {
    expect(onlyAttribution(`Caddell continued:\n\n"The health issue is very much a partisan issue."`)).toMatchObject({
      content: [`"The health issue is very much a partisan issue."`],
      speaker: "Caddell",
      cue: "continued",
    });
  });

  it("after a colon with the verb further back, or with no reporting verb at all", () => {
    const far = onlyAttribution(
      `Biden also argued about resistance from within Israel's leadership: "Some are in the coalition."`,
    );
    expect(far).toMatchObject({ speaker: "Biden", cue: "argued", verbClass: "evaluative" });
    expect(onlyAttribution(`In a statement, the ministry was blunt: “The border stays closed.”`)).toMatchObject({
      rule: "quote.colon",
      speaker: "the ministry",
      cue: "was blunt:",
    });
  });

  it("leaves a quote that is only part of what is reported to the reported speech around it", () => {
    expect(attributionsIn(`Ryan said that “we need more information” about the decision.`)).toEqual([
      expect.objectContaining({
        rule: "indirect.that-clause",
        form: "indirect",
        content: ["“we need more information” about the decision"],
      }),
    ]);
  });

  it("reads a quote after “that,” or after the person spoken of, and a sentence opening with “The”", () => {
    expect(onlyAttribution("Trump tweeted that, “At least you know I will be there, awake!”")).toMatchObject({
      rule: "quote.cue-before",
      cue: "tweeted",
    });
    expect(
      onlyAttribution("Trump spoke. The New York businessman says of Clinton, “She will put the office up for sale.”"),
    ).toMatchObject({ rule: "quote.cue-before", mention: "The New York businessman", cue: "says" });
  });
});

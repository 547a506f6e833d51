import { describe, expect, it } from "vitest";
import { attributionsIn, onlyAttribution } from "../test-support.ts";

describe("quotes continuing a speaker's quote", () => {
  it("join a quote split around its cue", () => {
    expect(onlyAttribution(`"We will stay," she said, "and we will rebuild the town."`)).toMatchObject({
      content: [`"We will stay,"`, `"and we will rebuild the town."`],
      speaker: "she",
    });
  });

  it("join a quote that goes on in lower case after an aside", () => {
    const text = `"Every time you say that," Tester said, referring to the excuse, "you give ammunition to critics."`;
    expect(onlyAttribution(text).content).toEqual([`"Every time you say that,"`, `"you give ammunition to critics."`]);
  });

  it("join the next sentence's quote in the same paragraph", () => {
    const text = `“This is in their heads,” said Caddell on Thursday. “It is one of the things worrying them.”`;
    expect(onlyAttribution(text).content).toEqual([
      "“This is in their heads,”",
      "“It is one of the things worrying them.”",
    ]);
  });

  it("carry the speaker into a quote that opens the next paragraph", () => {
    const text = `"Hamas says it wants a ceasefire," the president said.\n\n"Hamas needs to take the deal now."`;
    expect(attributionsIn(text)).toMatchObject([
      { rule: "quote.cue-after", speaker: "the president" },
      {
        rule: "quote.continued",
        content: [`"Hamas needs to take the deal now."`],
        speaker: "the president",
        cue: null,
      },
    ]);
  });

  it("keep a quote that runs over several paragraphs whole", () => {
    const text = `The mayor said: "We lost everything.\n\n"But we will rebuild, street by street."\n\nThe council met later.`;
    expect(onlyAttribution(text).content).toEqual([`"We lost everything.\n\n"But we will rebuild, street by street."`]);
  });

  it("do not take a quote another clause reports", () => {
    const text = `"We wrote two dozen songs," Kiedis said, mentioning the album is "in the home stretch."`;
    expect(attributionsIn(text).map((attribution) => attribution.cue)).toEqual(["said", "mentioning"]);
  });

  it("gives a quote with no cue right after reported speech the speaker of that report", () => {
    expect(attributionsIn('Rendell said he had battled pneumonia in his campaigns. "It is a common ailment."')).toEqual(
      [
        expect.objectContaining({ rule: "indirect.that-clause", speaker: "Rendell" }),
        expect.objectContaining({
          rule: "quote.continued",
          form: "direct",
          content: ['"It is a common ailment."'],
          speaker: "Rendell",
        }),
      ],
    );
  });
});

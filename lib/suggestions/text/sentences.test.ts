import { describe, expect, it } from "vitest";
import { analyseText } from "./analysis.ts";

function sentencesOf(text: string): string[] {
  const { tokens, sentences } = analyseText(text);
  return sentences.map(({ first, last }) => text.slice(tokens[first].start, tokens[last].end));
}

describe("splitSentences", () => {
  it("splits at full stops before capitals, not after titles or initials", () => {
    expect(sentencesOf("Mr. Smith met Sen. Jones in Washington. George W. Bush was there.")).toEqual([
      "Mr. Smith met Sen. Jones in Washington.",
      "George W. Bush was there.",
    ]);
  });

  it("splits after an abbreviation only before a word that opens sentences", () => {
    expect(sentencesOf("He lives in the U.S. He says so. The U.S. Senate voted.")).toEqual([
      "He lives in the U.S.",
      "He says so.",
      "The U.S. Senate voted.",
    ]);
  });

  it("keeps a quotation whole and splits at every paragraph", () => {
    expect(sentencesOf(`"We left. We came back," she said.\nThen it rained`)).toEqual([
      `"We left. We came back," she said.`,
      "Then it rained",
    ]);
  });
});

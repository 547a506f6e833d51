import { describe, expect, it } from "vitest";
import { chooseBody } from "./choose-body.ts";

const sentence = (index: number) =>
  `Sentence ${index} of the full report describes the budget, the vote and what residents said about it afterwards.`;
const fullStory = Array.from({ length: 12 }, (_, index) => sentence(index));

describe("chooseBody", () => {
  it("keeps the page text when the JSON-LD body is missing or only a teaser", () => {
    expect(chooseBody(["Page text."], [])).toEqual(["Page text."]);
    expect(chooseBody(["Page text."], ["A short teaser."])).toEqual(["Page text."]);
  });

  it("keeps the page text when it covers the JSON-LD story", () => {
    const page = [...fullStory, "Page-only subheading"];
    expect(chooseBody(page, fullStory)).toEqual(page);
  });

  it("takes the JSON-LD body when the page text missed the story, or has none", () => {
    expect(chooseBody(["Subscribe to read more."], fullStory)).toEqual(fullStory);
    expect(chooseBody([], ["Only JSON-LD."])).toEqual(["Only JSON-LD."]);
  });
});

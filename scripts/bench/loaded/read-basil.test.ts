import { describe, expect, it } from "vitest";
import { basilText, locatePhrase } from "./read-basil.ts";

describe("BASIL articles", () => {
  it("joins the title and paragraphs, sentences by a space, paragraphs by a blank line", () => {
    const article = { title: "Title", source: "nyt", "body-paragraphs": [["One.", "Two."], ["Three."]] };
    expect(basilText(article)).toBe("Title\n\nOne. Two.\n\nThree.");
  });

  it("finds a phrase whatever its spacing, at the occurrence nearest the given offset", () => {
    const text = "A radical plan.\n\nThe radical  plan again.";
    expect(locatePhrase(text, "radical plan", 0)).toEqual({ start: 2, end: 14 });
    expect(locatePhrase(text, "radical plan", 30)).toEqual({ start: 21, end: 34 });
    expect(locatePhrase(text, "absent", 0)).toBeNull();
    expect(locatePhrase(text, "  ", 0)).toBeNull();
  });
});

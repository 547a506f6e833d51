import { describe, expect, it } from "vitest";
import { contentHash, countWords, normalizeBodyText } from "./body-text.ts";

describe("normalizeBodyText", () => {
  it("keeps paragraphs apart by one blank line and trims the noise around them", () => {
    const raw = "  First line\r\nsame paragraph  \r\n\r\n\r\n\tSecond\u00a0paragraph \n \n";
    expect(normalizeBodyText(raw)).toBe("First line\nsame paragraph\n\nSecond paragraph");
  });

  it("is stable: normalizing twice changes nothing", () => {
    const once = normalizeBodyText("A  b\n\n\nc");
    expect(normalizeBodyText(once)).toBe(once);
  });
});

describe("countWords", () => {
  it("counts words, not punctuation or numbers' separators", () => {
    expect(countWords('"Hamas needs to take the deal," the president said.')).toBe(9);
    expect(countWords("It's a 4,200-person plan — isn't it?")).toBe(6);
  });

  it("counts characters as words in scripts written without spaces", () => {
    expect(countWords("北京 said 你好")).toBe(5);
  });
});

describe("contentHash", () => {
  it("matches texts that differ only in case, spacing and punctuation", () => {
    expect(contentHash("The mayor said: “No.”")).toBe(contentHash("the mayor said no"));
  });

  it("differs when a word differs", () => {
    expect(contentHash("the mayor said no")).not.toBe(contentHash("the mayor said yes"));
  });
});

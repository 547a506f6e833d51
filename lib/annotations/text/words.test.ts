import { describe, expect, it } from "vitest";
import type { TextSpan } from "./span.ts";
import { wordsEndingAfter, wordsStartingBefore } from "./words.ts";

function wordTexts(body: string): string[] {
  return Array.from(wordsEndingAfter(body, 0), (word: TextSpan) => body.slice(word.start, word.end));
}

describe("what counts as a word", () => {
  it("skips whitespace and punctuation, keeping the punctuation inside words", () => {
    expect(wordTexts('"Don\'t," al-Qassam said — twice… (really)')).toEqual([
      "Don't",
      "al",
      "Qassam",
      "said",
      "twice",
      "really",
    ]);
  });

  it("keeps the last period of a dotted abbreviation but not of a number or an ordinary word", () => {
    expect(wordTexts("the U.S. and e.g. U.K. rose 3.14. Mr. Smith")).toEqual([
      "the",
      "U.S.",
      "and",
      "e.g.",
      "U.K.",
      "rose",
      "3.14",
      "Mr",
      "Smith",
    ]);
  });

  it("joins percent, currency, hashtag and handle signs to the word they touch", () => {
    expect(wordTexts("50% of $5 or €7 (0.5‰) for #MeToo and @AP, 50 % apart")).toEqual([
      "50%",
      "of",
      "$5",
      "or",
      "€7",
      "0.5‰",
      "for",
      "#MeToo",
      "and",
      "@AP",
      "50",
      "apart",
    ]);
  });

  it("counts emoji and symbols, which the segmenter does not call word-like", () => {
    expect(wordTexts("we ❤ 👨‍👩‍👧 and 🇺🇸 © 2024")).toEqual(["we", "❤", "👨‍👩‍👧", "and", "🇺🇸", "©", "2024"]);
  });

  it("skips invisible format characters standing alone", () => {
    expect(wordTexts("\u200bword \ufeff")).toEqual(["word"]);
  });
});

describe("wordsEndingAfter", () => {
  it("includes the word whose trailing period or sign is all that lies after the index", () => {
    const body = "in the U.S. now, 50% more";
    expect(wordsEndingAfter(body, body.indexOf(". now")).next().value).toEqual({ start: 7, end: 11 });
    expect(wordsEndingAfter(body, body.indexOf("% more")).next().value).toEqual({ start: 17, end: 20 });
  });

  it("finds nothing after the last word", () => {
    expect([...wordsEndingAfter("end.", 3)]).toEqual([]);
  });
});

describe("wordsStartingBefore", () => {
  it("lists words nearest first", () => {
    expect(Array.from(wordsStartingBefore("one two three", 9), (word) => word.start)).toEqual([8, 4, 0]);
  });

  it("includes the word whose leading sign is all that lies before the index", () => {
    expect(wordsStartingBefore("see #MeToo", 5).next().value).toEqual({ start: 4, end: 10 });
  });
});

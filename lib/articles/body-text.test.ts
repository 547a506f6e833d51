import { describe, expect, it } from "vitest";
import { contentHash, countWords, normalizeBodyText } from "./body-text.ts";

describe("normalizeBodyText", () => {
  it("keeps paragraphs apart by one blank line and trims the noise around them", () => {
    const raw = "  First line\r\nsame paragraph  \r\n\r\n\r\n\tSecond\u00a0paragraph \n \n";
    expect(normalizeBodyText(raw)).toBe("First line\nsame paragraph\n\nSecond paragraph");
  });

  it("drops control characters that plain text cannot hold, such as NUL from a broken export", () => {
    expect(normalizeBodyText("Fire\u0000 at the\u0007 plant\u001b.\tNext")).toBe("Fire at the plant. Next");
  });

  it("turns a control character between words into a space, never gluing the words", () => {
    expect(normalizeBodyText("control\u0007chars\u0000in\u0001text\n\u0002Next\u0003 line")).toBe(
      "control chars in text\nNext line",
    );
  });

  it("removes terminal colour and title codes whole", () => {
    expect(normalizeBodyText("\u001b[1;31mRed\u001b[0m alert\u001b]0;title\u0007 over\u001b")).toBe("Red alert over");
  });

  it("removes controls that reorder the letters on screen, and keeps every letter of right-to-left text", () => {
    expect(normalizeBodyText("Invoice \u202Egpj.exe\u202C sent")).toBe("Invoice gpj.exe sent");
    const hebrew = "\u05e9\u05dc\u05d5\u05dd (\u200f2024\u200f) \u0645\u0631\u062d\u0628\u0627";
    expect(normalizeBodyText(`\u2067${hebrew}\u2069`)).toBe(hebrew);
  });

  it("is stable: normalizing twice changes nothing", () => {
    const once = normalizeBodyText("A  b\n\n\nc");
    expect(normalizeBodyText(once)).toBe(once);
  });
});

// The plain forms of the two rewrites, which the fast patterns must match on every input.
const referenceNormalize = (raw: string) =>
  raw
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[^\S\n]+/g, " ")
    .replace(/ ?\n ?/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
const referenceComparable = (text: string) =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

function randomTexts(count: number): string[] {
  const pieces = [
    "北京",
    "ไทย",
    "𝐀",
    "’",
    "々",
    "⺀",
    "'",
    "-",
    "😀",
    "\ud800",
    "a",
    "Word",
    " ",
    "  ",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "\u00a0",
    ".",
    ", ",
    "“",
    "é",
    "e\u0301",
    "ﬁ",
    "—",
    "4,2",
  ];
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(next() * 40) }, () => pieces[Math.floor(next() * pieces.length)]).join(""),
  );
}

// Mixed scripts, and the same texts made ASCII, which take the fast paths.
const samples = [...randomTexts(2000), ...randomTexts(2000).map((text) => text.replace(/[^\x00-\x7f]/g, "-"))];

describe("fast text passes", () => {
  it("normalize exactly as the plain replacements do", () => {
    for (const text of samples) expect(normalizeBodyText(text)).toBe(referenceNormalize(text));
  });

  it("count words exactly as the word patterns match them", () => {
    const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;
    const word = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;
    const reference = (text: string) =>
      (text.match(unspaced)?.length ?? 0) + (text.replace(unspaced, " ").match(word)?.length ?? 0);
    for (const text of [...samples, "a.-b", "a..b", "x'", "'x", "4,200-person", "e.g. U.S.", "end-", "a’北"])
      expect(countWords(text)).toBe(reference(text));
  });

  it("hash exactly the text the plain replacements produce", async () => {
    const { createHash } = await import("node:crypto");
    for (const text of samples)
      expect(contentHash(text)).toBe(createHash("sha256").update(referenceComparable(text)).digest("hex"));
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

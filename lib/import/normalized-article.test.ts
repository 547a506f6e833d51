import { describe, expect, it } from "vitest";
import { countRejectedRows, validateCandidate } from "./normalized-article.ts";

describe("validateCandidate", () => {
  it("turns a candidate into one-line metadata and a plain-text body, without control characters", () => {
    const parsed = validateCandidate(2, {
      title: "  Plant\u0000 fire\n spreads ",
      byline: "Jane\u0007 Doe",
      body: "First\u0000 paragraph.\r\n\r\n\r\nSecond.",
    });
    expect(parsed).toEqual({
      row: 2,
      article: expect.objectContaining({
        title: "Plant fire spreads",
        byline: "Jane Doe",
        body: "First paragraph.\n\nSecond.",
      }),
    });
  });

  it.each([
    ["control\u0007chars\u0000in\u0001title", "control chars in title"],
    ["\u001b[31mRed\u001b[0m alert", "Red alert"],
    ["\u001b]0;window title\u0007Plain\u001b]8;;https://x.example\u001b\\ link\u001b]8;;\u001b\\", "Plain link"],
    ["Invoice \u202Egpj.exe\u202C", "Invoice gpj.exe"],
    ["\u2067\u05e9\u05dc\u05d5\u05dd\u2069 \u200fworld\u200e \u061c", "\u05e9\u05dc\u05d5\u05dd world"],
  ])("makes the one-line fields show what they hold: %j", (raw, shown) => {
    const parsed = validateCandidate(1, { title: raw, byline: raw, outlet: raw, body: "Text." });
    expect(parsed).toEqual({
      row: 1,
      article: expect.objectContaining({ title: shown, byline: shown, outlet: shown }),
    });
  });

  it("reports each invalid field with the row number and a reason the reviewer can act on", () => {
    expect(validateCandidate(7, { title: " ", body: "Text", url: "ftp://example.org/a" })).toEqual([
      { row: 7, field: "url", reason: "Use a full http(s) address, like https://example.org/story." },
      { row: 7, field: "title", reason: "The title is empty." },
    ]);
  });
});

describe("countRejectedRows", () => {
  it("counts a row once however many of its fields are wrong, and a whole-input error once", () => {
    const errors = [
      { row: 3, field: "title", reason: "The title is empty." },
      { row: 3, field: "body", reason: "The article body is empty." },
      { row: 5, field: "url", reason: "Bad URL." },
      { row: null, field: null, reason: "The file ends inside a quoted field." },
    ];
    expect(countRejectedRows(errors)).toBe(3);
  });
});

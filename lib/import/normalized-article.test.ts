import { describe, expect, it } from "vitest";
import { validateCandidate } from "./normalized-article.ts";

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

  it("reports each invalid field with the row number and a reason the reviewer can act on", () => {
    expect(validateCandidate(7, { title: " ", body: "Text", url: "ftp://example.org/a" })).toEqual([
      { row: 7, field: "url", reason: "Use a full http(s) address, like https://example.org/story." },
      { row: 7, field: "title", reason: "The title is empty." },
    ]);
  });
});

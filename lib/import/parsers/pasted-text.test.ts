import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePastedText } from "./pasted-text.ts";

const seed = readFileSync(new URL("../fixtures/seed-article.txt", import.meta.url), "utf8");

describe("parsePastedText", () => {
  it("reads the seed article's title, byline, date and paragraphs", () => {
    const { rows, errors } = parsePastedText(seed, {
      url: "https://example.org/hamas-boycott",
      outlet: "Example News",
    });
    expect(errors).toEqual([]);
    const [{ row, article }] = rows;
    expect(row).toBe(1);
    expect(article.title).toBe(
      "Hamas to boycott ceasefire negotiations as long as Israel continues killing Palestinians in Rafah",
    );
    expect(article.byline).toBe("lauraharris");
    expect(article.publishedAt?.toISOString()).toBe("2024-06-05T00:00:00.000Z");
    expect(article.url).toBe("https://example.org/hamas-boycott");
    expect(article.outlet).toBe("Example News");
    expect(article.body.startsWith("Hamas has decided to boycott")).toBe(true);
    const paragraphs = article.body.split("\n\n");
    expect(paragraphs).toContain(
      "U.S. keeps on putting pressure on Hamas about ceasefire talks instead of doing it to Israel",
    );
    expect(paragraphs).toContain("More related stories:");
    expect(article.body).not.toContain("By lauraharris");
  });

  it("reads a separate date line after a byline, and Windows line endings", () => {
    const { rows } = parsePastedText("Title\r\nBy Jane Doe and John Roe\r\nJune 5, 2024\r\n\r\nBody text.\r\n");
    expect(rows[0].article).toMatchObject({ title: "Title", byline: "Jane Doe and John Roe", body: "Body text." });
    expect(rows[0].article.publishedAt?.toISOString()).toBe("2024-06-05T00:00:00.000Z");
  });

  it.each([
    ["By Democracy Now! // 2024-06-11", "Democracy Now!"],
    ["By Emirates 24|7 // 2024-06-11", "Emirates 24|7"],
  ])("takes the whole name before // in %j as the byline", (line, byline) => {
    const { rows } = parsePastedText(`Title\n${line}\n\nBody text.`);
    expect(rows[0].article).toMatchObject({ byline, body: "Body text." });
    expect(rows[0].article.publishedAt?.toISOString()).toBe("2024-06-11T00:00:00.000Z");
  });

  it("keeps a line that is not a byline as the start of the body", () => {
    const { rows } = parsePastedText("Title\nA short standfirst\n\nBody.");
    expect(rows[0].article).toMatchObject({ byline: null, publishedAt: null, body: "A short standfirst\n\nBody." });
  });

  it("keeps a second byline-like line in the body rather than dropping it", () => {
    const { rows } = parsePastedText("Title\nBy Jane Doe\nBy John Roe\nBody.");
    expect(rows[0].article).toMatchObject({ byline: "Jane Doe", body: "By John Roe\nBody." });
  });

  it.each(["", "   \n\u00a0\n\t", "\ufeff"])("reports empty input %j", (text) => {
    expect(parsePastedText(text)).toEqual({
      rows: [],
      errors: [{ row: null, field: null, reason: "The pasted text is empty." }],
    });
  });

  it("reports a title without text", () => {
    const { rows, errors } = parsePastedText("Just a headline\nBy Jane Doe | June 5, 2024\n\n");
    expect(rows).toEqual([]);
    expect(errors).toEqual([{ row: 1, field: "body", reason: expect.stringContaining("Only a title") }]);
  });

  it("reports a first line too long to be a title", () => {
    const { errors } = parsePastedText(`${"Long sentence of body text. ".repeat(20)}\nMore.`);
    expect(errors).toEqual([{ row: 1, field: "title", reason: expect.stringContaining("too long for a headline") }]);
  });

  it("refuses HTML and points the reviewer to the HTML import, keeping no markup", () => {
    const html = "<!DOCTYPE html><html><body><h1>Title</h1><p>Text<script>alert(1)</script></p></body></html>";
    for (const text of [html, "Title\n<p>First paragraph</p>\n<p>Second</p>"]) {
      const { rows, errors } = parsePastedText(text);
      expect(rows).toEqual([]);
      expect(errors).toEqual([
        { row: null, field: null, reason: expect.stringContaining("Import it as a web page or HTML file") },
      ]);
    }
  });

  it("keeps angle brackets that are not markup", () => {
    const { rows } = parsePastedText("Rates\nInflation fell to < 3% while growth stayed > 1%.");
    expect(rows[0].article.body).toBe("Inflation fell to < 3% while growth stayed > 1%.");
  });

  it("reports an invalid source address given with the paste", () => {
    const { errors } = parsePastedText("Title\nBody.", { url: "javascript:alert(1)" });
    expect(errors).toEqual([{ row: 1, field: "url", reason: expect.stringContaining("http(s)") }]);
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectFormat } from "./detect-format.ts";

const head = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "latin1").slice(0, 4096);

describe("detectFormat", () => {
  it.each([
    ["bulk/articles.csv", "csv"],
    ["bulk/semicolon-bom.csv", "csv"],
    ["bulk/articles.json", "json"],
    ["bulk/articles-wrapped.json", "json"],
    ["bulk/articles.ndjson", "ndjson"],
    ["feeds/rss2.xml", "feed"],
    ["feeds/atom.xml", "feed"],
    ["feeds/rdf.xml", "feed"],
    ["seed-article.txt", "paste"],
  ])("recognizes %s by its content alone", (path, format) => {
    expect(detectFormat(null, null, head(path))).toBe(format);
  });

  it("trusts a CSV name or type even when the first cell looks like something else", () => {
    expect(detectFormat("export.csv", null, "[Title],url,body\n")).toBe("csv");
    expect(detectFormat("export", "application/vnd.ms-excel", "{x},y\n")).toBe("csv");
    expect(detectFormat("export.tsv", null, "anything")).toBe("csv");
  });

  it("lets the content overrule a wrong name or type", () => {
    expect(detectFormat("articles.json", "application/json", '{"title": "A", "body": "B"}\n{"title": "C"}')).toBe(
      "ndjson",
    );
    expect(detectFormat("feed.txt", "text/plain", '<?xml version="1.0"?><rss version="2.0">')).toBe("feed");
    expect(detectFormat("page.txt", null, "<!DOCTYPE html><html><body>")).toBe("html");
    expect(detectFormat("story.xml", null, "<p>Story</p>")).toBe("html");
  });

  it("tells pretty-printed and minified JSON from NDJSON", () => {
    expect(detectFormat(null, null, '{\n  "articles": [')).toBe("json");
    expect(detectFormat(null, null, '{"articles":[{"title":"A"}]}')).toBe("json");
    expect(detectFormat(null, null, "[\n  {")).toBe("json");
    expect(detectFormat(null, null, '{"title":"A","body":"a very long first line cut off by the head')).toBe("ndjson");
  });

  it("falls back to the name, then the MIME type, for content that does not show its format", () => {
    expect(detectFormat("notes.txt", null, "Just some words")).toBe("paste");
    expect(detectFormat("sitemap.xml", null, '<?xml version="1.0"?><urlset>')).toBe("feed");
    expect(detectFormat(null, "text/html; charset=utf-8", "Plain start")).toBe("html");
    expect(detectFormat("data.jsonl", null, "")).toBe("ndjson");
  });

  it("sniffs a CSV header of known column names and HTML inside text", () => {
    expect(detectFormat(null, null, "headline;link;text\nA;https://x.example;B")).toBe("csv");
    expect(detectFormat(null, null, "Title\n\n<p>Body</p>")).toBe("html");
    expect(detectFormat(null, null, "Hello, world")).toBe("paste");
  });

  it("returns null for binary or empty input it cannot place", () => {
    expect(detectFormat("report.xlsx", null, "PK\u0003\u0004\u0014\u0000\u0006\u0000")).toBeNull();
    expect(detectFormat("scan.pdf", "application/pdf", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj")).toBeNull();
    expect(detectFormat(null, null, "\u0011\u0001\u0002\u0003\u0004 data")).toBeNull();
    // A Windows-1252 file decoded as UTF-8 is text full of U+FFFD, not binary.
    expect(detectFormat(null, null, "Le caf\ufffd \ufffd l\ufffd\ufffd \ufffdt\ufffd")).toBe("paste");
    expect(detectFormat(null, null, "  \n")).toBeNull();
    expect(detectFormat(null, "application/octet-stream", "")).toBeNull();
  });
});

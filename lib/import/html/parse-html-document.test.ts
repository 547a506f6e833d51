import { describe, expect, it } from "vitest";
import { withHtmlDocument } from "./parse-html-document.ts";

describe("withHtmlDocument", () => {
  it("builds an inert DOM: inline scripts and handlers never run", () => {
    const html =
      '<body onload="document.body.textContent = \'onload\'"><p id="story">Story</p><script>document.getElementById("story").textContent = "changed"</script><img src="x" onerror="document.title = \'pwned\'"></body>';
    const seen = withHtmlDocument(html, "https://news.example/", (document) => ({
      text: document.getElementById("story")?.textContent,
      title: document.title,
    }));
    expect(seen).toEqual({ text: "Story", title: "" });
  });

  it("survives CSS that jsdom cannot parse, and keeps JSON-LD while dropping other scripts", () => {
    const html =
      '<style>.a { width: calc(100% - ; } @media {</style><script>var app = 1</script><script type="application/ld+json">{"@type":"Article"}</script><p>Text</p>';
    const seen = withHtmlDocument(html, null, (document) => ({
      scripts: document.querySelectorAll("script").length,
      styles: document.querySelectorAll("style").length,
      text: document.body.textContent,
    }));
    expect(seen).toEqual({ scripts: 1, styles: 0, text: "Text" });
  });

  it("uses only an http(s) address as the base URL", () => {
    expect(withHtmlDocument("<p>x</p>", "https://news.example/a/b", (document) => document.URL)).toBe(
      "https://news.example/a/b",
    );
    expect(withHtmlDocument("<p>x</p>", "file:///etc/passwd", (document) => document.URL)).toBe("about:blank");
  });
});

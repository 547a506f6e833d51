import { describe, expect, it } from "vitest";
import { withHtmlDocument } from "../parse-html-document.ts";
import { readJsonLdArticle } from "./json-ld.ts";

function readFrom(...scripts: string[]) {
  const html = scripts.map((script) => `<script type="application/ld+json">${script}</script>`).join("");
  return withHtmlDocument(html, null, readJsonLdArticle);
}

describe("readJsonLdArticle", () => {
  it("finds the article in an @graph and reduces authors, publisher and body to plain values", () => {
    const graph = {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebPage", name: "Page" },
        {
          "@type": "ReportageNews",
          headline: "Inside the night shift",
          author: [{ "@type": "Person", name: "Ana Ruiz" }, "Ben Cole", { "@type": "Person", name: ["Chen Li"] }],
          datePublished: "2024-01-02T03:04:05Z",
          articleBody: "Body text.",
          publisher: { "@type": "Organization", name: "Metro Daily" },
          inLanguage: "en-US",
        },
      ],
    };
    expect(readFrom(JSON.stringify(graph))).toEqual({
      headline: "Inside the night shift",
      authors: ["Ana Ruiz", "Ben Cole", "Chen Li"],
      datePublished: "2024-01-02T03:04:05Z",
      articleBody: "Body text.",
      publisherName: "Metro Daily",
      inLanguage: "en-US",
    });
  });

  it("accepts @type arrays and full schema.org URLs, and prefers the most complete article", () => {
    const teaser = { "@type": "NewsArticle", headline: "Other story" };
    const story = {
      "@type": ["http://schema.org/NewsArticle"],
      headline: "This story",
      author: { name: "Dee" },
      datePublished: "2024-05-01",
    };
    expect(readFrom(JSON.stringify([teaser, story]))?.headline).toBe("This story");
  });

  it("tolerates raw newlines inside strings and skips broken scripts", () => {
    expect(readFrom("{ not json", '{"@type":"Article","headline":"Line\none"}')?.headline).toBe("Line one");
  });

  it("returns null when no article is described", () => {
    expect(readFrom(JSON.stringify({ "@type": "Organization", name: "Metro Daily" }))).toBeNull();
  });
});

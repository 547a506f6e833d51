import { describe, expect, it } from "vitest";
import { extractBodyText, fallbackBodyText } from "./article-body.ts";
import type { PageMetadata } from "./metadata/page-metadata.ts";
import { withHtmlDocument } from "./parse-html-document.ts";

const metadata: PageMetadata = {
  titles: ["Ferry fares frozen"],
  byline: null,
  publishedAt: null,
  canonicalUrl: null,
  siteName: null,
  declaredLanguage: null,
  jsonLdBody: null,
};
const paragraph =
  "The ferry operator froze fares for another year after islanders protested against a planned rise of twelve percent.";

describe("extractBodyText", () => {
  it("renders Readability's content without the repeated headline or the share bar", () => {
    const html = `<body><article><h1>Ferry fares frozen</h1><div class="share-tools"><a href="/s">Share</a></div><p>${paragraph}</p><p>${paragraph}</p></article></body>`;
    expect(withHtmlDocument(html, null, (document) => extractBodyText(document, metadata))).toEqual({
      text: `${paragraph}\n\n${paragraph}`,
      widerStory: null,
    });
  });
});

describe("fallbackBodyText", () => {
  it("takes the page's longest story container, cleaned the same way", () => {
    const html = `<body><aside><p>Sidebar text about other things entirely.</p></aside><main><figure><figcaption>Caption</figcaption></figure><p>${paragraph}</p></main></body>`;
    expect(withHtmlDocument(html, null, (document) => fallbackBodyText(document, metadata))).toBe(paragraph);
  });
});

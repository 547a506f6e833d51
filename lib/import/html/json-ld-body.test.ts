import { describe, expect, it } from "vitest";
import { jsonLdBodyParagraphs } from "./json-ld-body.ts";
import { withHtmlDocument } from "./parse-html-document.ts";

function paragraphsOf(articleBody: string): string[] {
  return withHtmlDocument("<p>page</p>", null, (document) => jsonLdBodyParagraphs(document, articleBody));
}

describe("jsonLdBodyParagraphs", () => {
  it("splits plain text on line breaks and decodes entities", () => {
    expect(paragraphsOf("First &amp; foremost.\n\n  Second line.\n")).toEqual(["First & foremost.", "Second line."]);
  });

  it("renders an HTML fragment, and one escaped twice, to text only", () => {
    expect(
      paragraphsOf(
        '<p>One <a href="javascript:alert(1)" onclick="x()">link</a>.</p><p>Two<script>alert(1)</script></p>',
      ),
    ).toEqual(["One link.", "Two"]);
    expect(paragraphsOf("&lt;p class=&quot;texto&quot;&gt;Em busca&lt;/p&gt;&lt;p&gt;Dois&lt;/p&gt;")).toEqual([
      "Em busca",
      "Dois",
    ]);
  });

  it("keeps a lone angle bracket as text", () => {
    expect(paragraphsOf("Turnout was < 40% this year.")).toEqual(["Turnout was < 40% this year."]);
  });
});

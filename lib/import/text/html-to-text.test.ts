import { describe, expect, it } from "vitest";
import { HtmlTooDeepError, htmlToText, MAX_HTML_NESTING } from "./html-to-text.ts";

describe("htmlToText", () => {
  it("turns blocks into paragraphs and <br> into line breaks, collapsing source whitespace", () => {
    const html =
      "<h2>Rafah</h2>\n<p>First   paragraph\n spans lines.</p><div>Second<br>line two</div><ul><li>One</li><li>Two</li></ul>";
    expect(htmlToText(html)).toBe("Rafah\n\nFirst paragraph spans lines.\n\nSecond\nline two\n\nOne\n\nTwo");
  });

  it("keeps inline text together and decodes entities", () => {
    expect(htmlToText("<p>Biden <a href='/x'>said</a> &ldquo;no&rdquo; &amp; <em>left</em>.</p>")).toBe(
      "Biden said “no” & left.",
    );
  });

  it("drops scripts, styles, media, hidden elements and comments without running anything", () => {
    const html =
      "<p>Safe<script>globalThis.ran = true</script><img src=x onerror='globalThis.ran = true'></p>" +
      "<style>p { color: red }</style><iframe src='https://evil.example'></iframe><!-- note -->" +
      "<p hidden>secret</p><svg><text>chart</text></svg><p>End</p>";
    expect(htmlToText(html)).toBe("Safe\n\nEnd");
    expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
  });

  it("keeps line breaks inside <pre>", () => {
    expect(htmlToText("<pre>a\n  b</pre>")).toBe("a\nb");
  });

  it("reads nesting up to the limit and refuses deeper input quickly instead of hanging the parser", () => {
    const nested = (depth: number) => `${"<span>".repeat(depth)}deep${"</span>".repeat(depth)}`;
    expect(htmlToText(nested(MAX_HTML_NESTING))).toBe("deep");
    expect(() => htmlToText(nested(20_000))).toThrow(HtmlTooDeepError);
  });

  it("does not count flat HTML with omitted end tags as deep", () => {
    expect(htmlToText(`<ul>${"<li>item".repeat(1000)}</ul>${"<p>para".repeat(1000)}`)).toContain("item\n\nitem");
  });

  it("returns plain text unchanged and empty input as empty text", () => {
    expect(htmlToText("Just text")).toBe("Just text");
    expect(htmlToText("")).toBe("");
  });
});

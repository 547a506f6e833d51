import { describe, expect, it } from "vitest";
import { withHtmlDocument } from "./parse-html-document.ts";
import { renderBlocks } from "./render-blocks.ts";

function blocksOf(body: string) {
  return withHtmlDocument(`<body>${body}</body>`, null, (document) =>
    renderBlocks(document.body).map(({ text, linkCharacters }) => ({ text, linkCharacters })),
  );
}

describe("renderBlocks", () => {
  it("separates block elements, which textContent would glue together", () => {
    expect(
      blocksOf("<div><p>First paragraph.</p><p>Second <b>one</b>.</p><h2>Heading</h2>Loose text</div>").map(
        (block) => block.text,
      ),
    ).toEqual(["First paragraph.", "Second one.", "Heading", "Loose text"]);
  });

  it("collapses whitespace like a browser, keeps <br> and <pre> line breaks", () => {
    expect(
      blocksOf("<p>  Line   one<br>line\u00a0two\n  continues </p><pre>a  b\nc</pre>").map((block) => block.text),
    ).toEqual(["Line one\nline two continues", "a b\nc"]);
  });

  it("counts link text and renders list items and table rows as their own blocks", () => {
    expect(
      blocksOf('<ul><li><a href="/a">Linked</a> item</li></ul><table><tr><td>Cell</td><td>two</td></tr></table>'),
    ).toEqual([
      { text: "Linked item", linkCharacters: 6 },
      { text: "Cell two", linkCharacters: 0 },
    ]);
  });

  it("skips scripts, styles, templates, form controls, media and hidden elements", () => {
    const body = `<p>Kept</p><script>var x = 1</script><style>p{}</style><template><p>Template</p></template><button>Click</button>
      <select><option>Choice</option></select><p hidden>Hidden</p><p style="display: none">Invisible</p><svg><text>Drawing</text></svg>`;
    expect(blocksOf(body).map((block) => block.text)).toEqual(["Kept"]);
  });

  it("drops lines of only zero-width spacers, keeping joiners inside text", () => {
    expect(
      blocksOf("<p>\u200d</p><p>Family: 👨\u200d👩\u200d👧</p><p>\ufeff<br>Kept</p>").map((block) => block.text),
    ).toEqual(["Family: 👨\u200d👩\u200d👧", "Kept"]);
  });
});

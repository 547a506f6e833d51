import { describe, expect, it } from "vitest";
import { withHtmlDocument } from "./parse-html-document.ts";
import { revealStreamedContent } from "./reveal-streamed-content.ts";

function revealed(body: string): string {
  return withHtmlDocument(`<body>${body}</body>`, null, (document) => {
    revealStreamedContent(document);
    return document.body.innerHTML.replace(/\s+/g, " ").trim();
  });
}

describe("revealStreamedContent", () => {
  it("moves each hidden segment into its boundary or segment placeholder", () => {
    expect(
      revealed('<main><template id="B:0"></template><p>Loading</p></main><div hidden id="S:0"><p>Story</p></div>'),
    ).toBe("<main><p>Story</p><p>Loading</p></main>");
    expect(revealed('<main><template id="P:1"></template></main><div hidden id="S:1"><p>Late part</p></div>')).toBe(
      "<main><p>Late part</p></main>",
    );
  });

  it("shows an orphaned segment where it is and leaves other hidden elements alone", () => {
    expect(revealed('<div hidden id="S:2"><p>Orphan</p></div>')).toBe('<div id="S:2"><p>Orphan</p></div>');
    expect(revealed('<div hidden id="menu"><p>Menu</p></div>')).toBe('<div hidden="" id="menu"><p>Menu</p></div>');
  });
});

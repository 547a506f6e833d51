// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { selectionToSpan } from "./dom-offsets";

// "Hello big world" as the workspace renders it: a tag on "big" splits the paragraph into three segments.
const HTML = `<div id="text"><p><span data-start="0">Hello </span><span class="caret"></span><span data-start="6">big</span><span data-start="9"> world</span></p><p><span data-start="17">Next one</span></p></div><p id="outside">after</p>`;

function select(setUp: (range: Range) => void): Selection {
  const range = document.createRange();
  setUp(range);
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
}

describe("selectionToSpan", () => {
  let root: HTMLElement;
  const segment = (start: number) => root.querySelector(`[data-start="${start}"]`)!.firstChild!;
  beforeEach(() => {
    document.body.innerHTML = HTML;
    root = document.getElementById("text")!;
  });

  it("adds the offset inside a text node to its segment's start", () => {
    const selection = select((range) => {
      range.setStart(segment(0), 2);
      range.setEnd(segment(9), 3);
    });
    expect(selectionToSpan(root, selection)).toEqual({ start: 2, end: 12 });
  });

  it("reads points between elements (a triple click selects whole paragraphs)", () => {
    const [first, second] = root.querySelectorAll("p");
    const selection = select((range) => {
      range.setStart(first, 0);
      range.setEnd(second, 1);
    });
    expect(selectionToSpan(root, selection)).toEqual({ start: 0, end: 25 });
  });

  it("takes a point before the caret marker as the end of the segment before it", () => {
    const paragraph = root.querySelector("p")!;
    const selection = select((range) => {
      range.setStart(paragraph, 1);
      range.setEnd(segment(6), 2);
    });
    expect(selectionToSpan(root, selection)).toEqual({ start: 6, end: 8 });
  });

  it("clamps a drag that ends outside the text to its end, and ignores selections elsewhere", () => {
    const outside = document.getElementById("outside")!.firstChild!;
    expect(
      selectionToSpan(
        root,
        select((range) => {
          range.setStart(segment(17), 5);
          range.setEnd(outside, 2);
        }),
      ),
    ).toEqual({ start: 22, end: 25 });
    expect(
      selectionToSpan(
        root,
        select((range) => range.selectNodeContents(outside)),
      ),
    ).toBeNull();
  });
});

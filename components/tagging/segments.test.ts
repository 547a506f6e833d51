import { describe, expect, it } from "vitest";
import { paragraphSpans } from "./paragraph-spans";
import { segmentParagraphs } from "./segments";

const cut = (body: string, marks: { id: string; start: number; end: number }[]) =>
  segmentParagraphs(paragraphSpans(body), marks).map((paragraph) =>
    paragraph.segments.map((segment) => [body.slice(segment.start, segment.end), segment.markIds.join("+")]),
  );

describe("segmentParagraphs", () => {
  it("keeps overlapping and nested marks visible in every segment they cover", () => {
    const body = "one two three four";
    expect(
      cut(body, [
        { id: "a", start: 0, end: 13 },
        { id: "b", start: 4, end: 7 },
        { id: "c", start: 8, end: 18 },
      ]),
    ).toEqual([
      [
        ["one ", "a"],
        ["two", "a+b"],
        [" ", "a"],
        ["three", "a+c"],
        [" four", "c"],
      ],
    ]);
  });

  it("splits a mark that crosses paragraphs and leaves the blank lines out", () => {
    expect(cut("first here\n\n  second  ", [{ id: "a", start: 6, end: 20 }])).toEqual([
      [
        ["first ", ""],
        ["here", "a"],
      ],
      [["second", "a"]],
    ]);
  });

  it("cuts a long body with many marks quickly", () => {
    const body = "word ".repeat(10_000);
    const marks = Array.from({ length: 500 }, (_, i) => ({ id: String(i), start: i * 100, end: i * 100 + 250 }));
    const started = performance.now();
    const [paragraph] = segmentParagraphs(paragraphSpans(body), marks);
    expect(performance.now() - started).toBeLessThan(200);
    expect(paragraph.segments.map((segment) => body.slice(segment.start, segment.end)).join("")).toBe(body.trim());
  });
});

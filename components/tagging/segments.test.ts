import { describe, expect, it } from "vitest";
import { paragraphSpans } from "./paragraph-spans";
import { groupByParagraph, segmentParagraphs } from "./segments";

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

describe("groupByParagraph", () => {
  const paragraphs = [
    { start: 0, end: 10 },
    { start: 12, end: 20 },
    { start: 22, end: 30 },
  ];
  const group = (items: { id: string; start: number; end: number }[]) =>
    groupByParagraph(paragraphs, items, (item) => item).map((items) => items.map((item) => item.id));

  it("puts each item in every paragraph it overlaps, in the items' order", () => {
    expect(
      group([
        { id: "late", start: 24, end: 26 },
        { id: "across", start: 8, end: 14 },
        { id: "first", start: 0, end: 3 },
        { id: "everywhere", start: 0, end: 30 },
      ]),
    ).toEqual([
      ["across", "first", "everywhere"],
      ["across", "everywhere"],
      ["late", "everywhere"],
    ]);
  });

  it("leaves out what only touches a paragraph's edge or lies between paragraphs", () => {
    expect(
      group([
        { id: "gap", start: 10, end: 12 },
        { id: "ends-at-start", start: 5, end: 12 },
      ]),
    ).toEqual([["ends-at-start"], [], []]);
  });

  it("gives a paragraph the same items in the same order when only another paragraph changes", () => {
    const items = [
      { id: "a", start: 1, end: 4 },
      { id: "b", start: 13, end: 15 },
    ];
    const before = groupByParagraph(paragraphs, items, (item) => item);
    const after = groupByParagraph(paragraphs, [...items, { id: "c", start: 23, end: 25 }], (item) => item);
    expect(after[0]).toEqual(before[0]);
    expect(after[0][0]).toBe(before[0][0]);
    expect(after[2].map((item) => item.id)).toEqual(["c"]);
  });
});

import { describe, expect, it } from "vitest";
import { outlinePages } from "./outline-pages.ts";

// A PDF as Chromium writes one, reduced to what the outline needs: a nested page tree (pages 5, 6, 8 in that
// order), a content stream whose bytes look like objects, and outline items with literal, escaped and UTF-16 titles.
const PDF = Buffer.from(
  [
    "%PDF-1.7",
    "1 0 obj\n<</Type /Catalog /Pages 2 0 R /Outlines 10 0 R>>\nendobj",
    "2 0 obj\n<</Type /Pages /Kids [3 0 R 8 0 R] /Count 3>>\nendobj",
    "3 0 obj\n<</Type /Pages /Kids [5 0 R 6 0 R] /Count 2>>\nendobj",
    "5 0 obj\n<</Type /Page /Parent 3 0 R /Contents 7 0 R>>\nendobj",
    "6 0 obj\n<</Type /Page /Parent 3 0 R>>\nendobj",
    "7 0 obj\n<</Length 30 /Filter /FlateDecode>>\nstream\n\u00ff 9 0 obj <</Title (Methods)\nendstream\nendobj",
    "8 0 obj\n<</Type /Page /Parent 2 0 R>>\nendobj",
    "10 0 obj\n<</Type /Outlines /First 11 0 R /Last 11 0 R>>\nendobj",
    "11 0 obj\n<</Title (Report \\(draft\\)) /Parent 10 0 R /First 12 0 R /Dest [5 0 R /XYZ 0 800 0]>>\nendobj",
    "12 0 obj\n<</Title (Contents) /Parent 11 0 R /Next 13 0 R /Dest [5 0 R /XYZ 0 400 0]>>\nendobj",
    "13 0 obj\n<</Title <FEFF0054006F006E00652014> /Parent 11 0 R /Next 14 0 R /Dest [6 0 R /XYZ 0 800 0]>>\nendobj",
    "14 0 obj\n<</Title (Methods) /Parent 11 0 R /Next 15 0 R /A <</S /GoTo /D [8 0 R /Fit]>>>>\nendobj",
    "15 0 obj\n<</Title (Methods) /Parent 11 0 R /Dest [5 0 R /XYZ 0 100 0]>>\nendobj",
    "trailer\n<</Root 1 0 R>>\n%%EOF",
  ].join("\n"),
  "latin1",
);

describe("outlinePages", () => {
  it("gives the page each wanted bookmark opens, the first one of a title in document order", () => {
    const pages = outlinePages(PDF, ["Contents", "Tone—", "Methods", "Report (draft)", "Appendix"]);
    expect(Object.fromEntries(pages)).toEqual({ "Report (draft)": 1, Contents: 1, "Tone—": 2, Methods: 3 });
  });

  it("gives nothing for a PDF without an outline or one it cannot read", () => {
    expect(outlinePages(Buffer.from("%PDF-1.7\n1 0 obj\n<</Type /Catalog /Pages 2 0 R>>\nendobj"), ["A"]).size).toBe(0);
    expect(outlinePages(Buffer.from("not a pdf"), ["A"]).size).toBe(0);
  });
});

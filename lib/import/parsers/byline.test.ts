import { describe, expect, it } from "vitest";
import { readMetaLine } from "./byline.ts";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("readMetaLine", () => {
  it.each([
    ["By lauraharris // 2024-06-05", "lauraharris", day("2024-06-05")],
    ["By Jane Doe | June 5, 2024", "Jane Doe", day("2024-06-05")],
    ["By Jane Doe and John Roe", "Jane Doe and John Roe", null],
    ["Jane Doe, Reuters — 5 June 2024", "Jane Doe, Reuters", day("2024-06-05")],
    ["By Jane Doe, June 5, 2024", "Jane Doe", day("2024-06-05")],
    ["BY JEAN-LUC PICARD - 05.06.2024", "JEAN-LUC PICARD", day("2024-06-05")],
    ["By: Jane Doe | Updated June 5, 2024", "Jane Doe", day("2024-06-05")],
    ["By Democracy Now! // 2024-06-11", "Democracy Now!", day("2024-06-11")],
    ["By Emirates 24|7 // 2024-06-11", "Emirates 24|7", day("2024-06-11")],
    ["By Jane Doe // Reuters // June 5, 2024", "Jane Doe, Reuters", day("2024-06-05")],
  ])("reads %j as a byline", (line, byline, publishedAt) => {
    expect(readMetaLine(line)).toEqual({ byline, publishedAt });
  });

  it.each(["June 5, 2024", "Published: June 5, 2024", "2024-06-05T14:30:00Z"])("reads %j as a date line", (line) => {
    expect(readMetaLine(line)?.byline).toBeNull();
    expect(readMetaLine(line)?.publishedAt).toBeInstanceOf(Date);
  });

  it.each([
    "",
    "Jane Doe",
    "By then it was over.",
    "Hamas has decided to boycott ceasefire negotiations with Israel.",
    `By ${"word ".repeat(20)}`,
    "U.S. keeps on putting pressure on Hamas about ceasefire talks instead of doing it to Israel",
  ])("does not read %j as a byline or date", (line) => {
    expect(readMetaLine(line)).toBeNull();
  });
});

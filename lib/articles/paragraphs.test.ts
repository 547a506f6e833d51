import { describe, expect, it } from "vitest";
import { paragraphsOf } from "./paragraphs.ts";

describe("paragraphsOf", () => {
  it("splits on blank lines, keeps single line breaks, and drops empty paragraphs", () => {
    expect(paragraphsOf("First line\nstill first.\n\nSecond.\n \n\n\nThird.\n\n")).toEqual([
      "First line\nstill first.",
      "Second.",
      "Third.",
    ]);
  });

  it("gives no paragraphs for blank text", () => {
    expect(paragraphsOf(" \n\n ")).toEqual([]);
  });
});

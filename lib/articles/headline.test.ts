import { describe, expect, it } from "vitest";
import { HEADLINE_MARKS, headlineParts } from "./headline.ts";

const { start, stop } = HEADLINE_MARKS;

describe("headlineParts", () => {
  it("flags the marked words and keeps the text around them", () => {
    expect(headlineParts(`the ${start}fire${stop} spread to ${start}Eastside${stop}.`)).toEqual([
      { text: "the ", match: false },
      { text: "fire", match: true },
      { text: " spread to ", match: false },
      { text: "Eastside", match: true },
      { text: ".", match: false },
    ]);
  });

  it("treats markup in the text as text", () => {
    expect(headlineParts(`<script>${start}x${stop}`)).toEqual([
      { text: "<script>", match: false },
      { text: "x", match: true },
    ]);
  });
});

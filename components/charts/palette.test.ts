import { describe, expect, it } from "vitest";
import { categoryColor, labelColorOn } from "./palette.ts";

describe("palette", () => {
  it("cycles the category colours and picks a readable label colour", () => {
    expect(categoryColor(0)).toBe(categoryColor(9));
    expect(labelColorOn("#332288")).toBe("#ffffff");
    expect(labelColorOn("#ddcc77")).toBe("#1c2230");
  });
});

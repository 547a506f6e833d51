import { describe, expect, it } from "vitest";
import { openSuggestions } from "./open-suggestions.ts";

const suggestion = (categoryId: string, start: number, end: number) => ({ start, end, tag: { categoryId } });
const tag = (categoryId: string, startOffset: number, endOffset: number) => ({ categoryId, startOffset, endOffset });

describe("open suggestions", () => {
  it("drops a suggestion overlapping a tag of its category, keeps those of other categories or elsewhere", () => {
    const suggestions = [suggestion("quote", 0, 10), suggestion("naming", 0, 10), suggestion("quote", 20, 30)];
    expect(openSuggestions(suggestions, [tag("quote", 5, 12), tag("quote", 10, 20)])).toEqual([
      suggestion("naming", 0, 10),
      suggestion("quote", 20, 30),
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { splitSpanParts } from "./span-parts.ts";
import { tagOn } from "./test-tags.ts";

describe("splitSpanParts", () => {
  it("shows the extra words of the wider version around the words both cover", () => {
    const narrow = tagOn("ravi", "approved the harbour plan");
    const wide = tagOn("rosa", "council approved the harbour plan on Monday");
    expect(splitSpanParts(wide, [narrow, wide])).toEqual({
      before: "council ",
      shared: "approved the harbour plan",
      after: " on Monday",
    });
    expect(splitSpanParts(narrow, [narrow, wide])).toEqual({ before: "", shared: narrow.quotedText, after: "" });
  });

  it("leaves versions that share no words whole", () => {
    const a = tagOn("ravi", "council");
    const b = tagOn("rosa", "Monday");
    expect(splitSpanParts(a, [a, b])).toEqual({ before: "", shared: "council", after: "" });
  });
});

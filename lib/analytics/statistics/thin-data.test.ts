import { describe, expect, it } from "vitest";
import { isThin } from "./thin-data.ts";

describe("isThin", () => {
  it("marks cells under 3 articles or under 10 tags", () => {
    expect(isThin({ articles: 2, tags: 40 })).toBe(true);
    expect(isThin({ articles: 3, tags: 9.5 })).toBe(true);
    expect(isThin({ articles: 3, tags: 10 })).toBe(false);
  });
});

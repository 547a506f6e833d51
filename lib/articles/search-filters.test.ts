import { describe, expect, it } from "vitest";
import { articleSearchHref, articleSearchSchema } from "./search-filters.ts";

const EVENT = "0b7e1c52-3b9a-4d4e-9f57-8f0c2d1e6a11";

describe("articleSearchSchema", () => {
  it("reads the list's parameters", () => {
    expect(
      articleSearchSchema.parse({
        q: "  crane collapse ",
        event: EVENT,
        from: "2026-03-01",
        to: "2026-03-31",
        sort: "imported",
        page: "3",
      }),
    ).toEqual({ q: "crane collapse", event: EVENT, from: "2026-03-01", to: "2026-03-31", sort: "imported", page: 3 });
  });

  it("ignores values that make no sense instead of failing", () => {
    expect(
      articleSearchSchema.parse({
        q: ["two", "values"],
        event: "not-an-id",
        outlet: "1; DROP TABLE articles",
        from: "2026-13-40",
        to: "yesterday",
        sort: "random",
        page: "-2",
      }),
    ).toEqual({ sort: "published", page: 1 });
    expect(articleSearchSchema.parse({ q: "   ", event: "none", page: "2.5" })).toEqual({
      event: "none",
      sort: "published",
      page: 1,
    });
  });
});

describe("articleSearchHref", () => {
  it("keeps the filters and leaves defaults out of the address", () => {
    expect(articleSearchHref({ q: "fire & smoke", event: EVENT, sort: "published", page: 2 })).toBe(
      `/articles?q=fire+%26+smoke&event=${EVENT}&page=2`,
    );
    expect(articleSearchHref({ sort: "published", page: 1 })).toBe("/articles");
  });
});

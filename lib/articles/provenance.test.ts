import { describe, expect, it } from "vitest";
import { provenanceOf } from "./provenance.ts";

describe("provenanceOf", () => {
  it("reads what an import stores", () => {
    expect(provenanceOf({ source: "csv", name: "week.csv", row: 7, batchId: "b", siteName: null })).toEqual({
      source: "csv",
      name: "week.csv",
      row: 7,
      siteName: null,
    });
  });

  it("drops fields of the wrong kind instead of failing", () => {
    expect(provenanceOf({ source: "url", row: "seven" })).toEqual({ source: "url" });
    expect(provenanceOf("not an object")).toEqual({});
  });
});

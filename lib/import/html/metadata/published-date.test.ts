import { describe, expect, it } from "vitest";
import { parsePublishedDate } from "./published-date.ts";

const now = new Date("2024-06-01T12:00:00Z");

describe("parsePublishedDate", () => {
  it("reads ISO 8601 and common written dates", () => {
    expect(parsePublishedDate("2024-05-31T08:15:00-04:00", now)).toEqual(new Date("2024-05-31T12:15:00Z"));
    expect(parsePublishedDate("May 30, 2024", now)?.getUTCDate()).toBe(30);
  });

  it("refuses placeholders, far-future and pre-web dates", () => {
    expect(parsePublishedDate("", now)).toBeNull();
    expect(parsePublishedDate("0000-00-00", now)).toBeNull();
    expect(parsePublishedDate("2031-01-01", now)).toBeNull();
    expect(parsePublishedDate("1970-01-01T00:00:00Z", now)).toBeNull();
  });
});

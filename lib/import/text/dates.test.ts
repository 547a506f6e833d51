import { describe, expect, it } from "vitest";
import { parsePublishedDate } from "./dates.ts";

const reference = new Date("2024-06-10T12:00:00Z");
const parse = (value: string, timeZone?: string) =>
  parsePublishedDate(value, { reference, timeZone })?.toISOString() ?? null;

describe("parsePublishedDate", () => {
  it.each([
    ["2024-06-05T14:30:00Z", "2024-06-05T14:30:00.000Z"],
    ["2024-06-05T14:30:00+02:00", "2024-06-05T12:30:00.000Z"],
    ["2024-06-05T14:30:00.123456Z", "2024-06-05T14:30:00.123Z"],
    ["2024-06-05 14:30:00+00", "2024-06-05T14:30:00.000Z"],
    ["Wed, 05 Jun 2024 14:30:00 GMT", "2024-06-05T14:30:00.000Z"],
    ["Wed, 05 Jun 2024 14:30:00 +0200", "2024-06-05T12:30:00.000Z"],
    ["Wed, 05 Jun 2024 10:30:00 EDT", "2024-06-05T14:30:00.000Z"],
    ["June 5, 2024, 2:30 PM EDT", "2024-06-05T18:30:00.000Z"],
    // chrono reads "CET" in summer as the Central European summer offset, as the people who write it mean.
    ["5 June 2024 14:30 CET", "2024-06-05T12:30:00.000Z"],
    ["5 January 2024 14:30 CET", "2024-01-05T13:30:00.000Z"],
  ])("reads %s with its offset", (value, expected) => {
    expect(parse(value)).toBe(expected);
  });

  it.each([
    ["2024-06-05", "2024-06-05T00:00:00.000Z"],
    ["June 5, 2024", "2024-06-05T00:00:00.000Z"],
    ["5 June 2024", "2024-06-05T00:00:00.000Z"],
    ["Wednesday, June 5th, 2024.", "2024-06-05T00:00:00.000Z"],
    ["2024-06-05T14:30", "2024-06-05T14:30:00.000Z"],
    ["5 juin 2024", "2024-06-05T00:00:00.000Z"],
    ["5. Juni 2024 14:30", "2024-06-05T14:30:00.000Z"],
  ])("reads %s without an offset as UTC by default", (value, expected) => {
    expect(parse(value)).toBe(expected);
  });

  it("reads values without an offset in the given time zone, across DST", () => {
    expect(parse("2024-06-05", "Europe/Berlin")).toBe("2024-06-04T22:00:00.000Z");
    expect(parse("2024-01-05", "Europe/Berlin")).toBe("2024-01-04T23:00:00.000Z");
    expect(parse("June 5, 2024 9:00 am", "America/New_York")).toBe("2024-06-05T13:00:00.000Z");
    expect(parse("2024-06-05T14:30:00Z", "America/New_York")).toBe("2024-06-05T14:30:00.000Z");
  });

  it("reads slashed numeric dates month-first (US), unless the first number can only be a day", () => {
    expect(parse("05/06/2024")).toBe("2024-05-06T00:00:00.000Z");
    expect(parse("6/5/2024 14:30")).toBe("2024-06-05T14:30:00.000Z");
    expect(parse("25/05/2024")).toBe("2024-05-25T00:00:00.000Z");
  });

  it("reads dotted and hyphenated numeric dates day-first (European)", () => {
    expect(parse("05.06.2024")).toBe("2024-06-05T00:00:00.000Z");
    expect(parse("05-06-2024")).toBe("2024-06-05T00:00:00.000Z");
  });

  it("reads Unix timestamps in seconds and in milliseconds", () => {
    expect(parse("1717597800")).toBe("2024-06-05T14:30:00.000Z");
    expect(parse("1717597800000")).toBe("2024-06-05T14:30:00.000Z");
  });

  it.each([
    "",
    "   ",
    "garbage",
    "yesterday",
    "June 5",
    "June 2024",
    "2024",
    "05/06/24",
    "13/13/2024",
    "2024-02-30",
    "2024-06-05T25:00",
    "published June 5, 2024 by us",
    "2024-06-05 to 2024-06-07",
    "12345",
  ])("rejects %j", (value) => {
    expect(parse(value)).toBeNull();
  });

  it("rejects years before 1900 and dates more than two days after the reference", () => {
    expect(parse("1899-12-31")).toBeNull();
    expect(parse("0024-06-05")).toBeNull();
    expect(parse("2024-06-12T11:00:00Z")).not.toBeNull();
    expect(parse("2024-06-13")).toBeNull();
    expect(parse("9999999999")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { wallTimeAtOffset, wallTimeInZone, type WallTime } from "./time-zone.ts";

const wall = (year: number, month: number, day: number, hour = 0, minute = 0): WallTime => ({
  year,
  month,
  day,
  hour,
  minute,
  second: 0,
  millisecond: 0,
});

describe("wallTimeInZone", () => {
  it("finds the instant for summer and winter time", () => {
    expect(wallTimeInZone(wall(2024, 6, 5, 14, 30), "Europe/Berlin").toISOString()).toBe("2024-06-05T12:30:00.000Z");
    expect(wallTimeInZone(wall(2024, 1, 5, 14, 30), "Europe/Berlin").toISOString()).toBe("2024-01-05T13:30:00.000Z");
    expect(wallTimeInZone(wall(2024, 6, 5), "UTC").toISOString()).toBe("2024-06-05T00:00:00.000Z");
  });

  it("gives a real instant for a wall time the spring-forward gap skips", () => {
    expect(wallTimeInZone(wall(2024, 3, 31, 2, 30), "Europe/Berlin").toISOString()).toBe("2024-03-31T01:30:00.000Z");
  });

  it("does not turn years below 100 into the 1900s", () => {
    expect(wallTimeInZone(wall(24, 6, 5), "UTC").getUTCFullYear()).toBe(24);
  });

  it("throws for an unknown zone, which is a settings error, not an input error", () => {
    expect(() => wallTimeInZone(wall(2024, 6, 5), "Mars/Olympus")).toThrow(RangeError);
  });
});

describe("wallTimeAtOffset", () => {
  it("subtracts the offset east of Greenwich", () => {
    expect(wallTimeAtOffset(wall(2024, 6, 5, 14, 30), 120).toISOString()).toBe("2024-06-05T12:30:00.000Z");
    expect(wallTimeAtOffset(wall(2024, 6, 5, 10, 30), -240).toISOString()).toBe("2024-06-05T14:30:00.000Z");
  });
});

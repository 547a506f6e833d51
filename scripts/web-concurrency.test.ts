import { describe, expect, it } from "vitest";
import { webConcurrency } from "./web-concurrency.ts";

describe("WEB_CONCURRENCY", () => {
  it("is one process when unset or empty", () => {
    expect(webConcurrency(undefined)).toBe(1);
    expect(webConcurrency(" ")).toBe(1);
  });

  it("takes a whole number of processes", () => {
    expect(webConcurrency("2")).toBe(2);
  });

  it("refuses anything else, saying what it got", () => {
    for (const value of ["0", "-1", "1.5", "two"]) expect(() => webConcurrency(value)).toThrow(`"${value}"`);
  });
});

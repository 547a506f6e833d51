import { describe, expect, it } from "vitest";
import { nestsDeeperThan } from "./json-depth.ts";

const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

describe("nestsDeeperThan", () => {
  it("measures arrays and objects together, at any depth, without recursion", () => {
    expect(nestsDeeperThan(nested(3), 3)).toBe(false);
    expect(nestsDeeperThan(nested(4), 3)).toBe(true);
    expect(nestsDeeperThan('{"a":[{"b":1}]}', 2)).toBe(true);
    expect(nestsDeeperThan(`[${'{"a":'.repeat(1_000_000)}1`, 64)).toBe(true);
  });

  it("counts siblings once and skips brackets inside strings, escaped quotes included", () => {
    expect(nestsDeeperThan("[[1],[2],[[3]]]", 3)).toBe(false);
    expect(nestsDeeperThan(`["[[[[", "\\"[[[[", {"k": "}}]]"}]`, 2)).toBe(false);
    expect(nestsDeeperThan('"just a string"', 0)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { descendants, parseStat } from "./process-cpu.ts";

describe("parseStat", () => {
  it("reads pid, parent, name and CPU ticks, whatever the name holds", () => {
    const line = "4242 (next-server (v16)) S 4200 4242 4200 0 -1 4194560 100 0 0 0 1234 56 7 8 20 0 11 0 1 2 3";
    expect(parseStat(line)).toEqual({ pid: 4242, ppid: 4200, name: "next-server (v16)", ticks: 1290 });
  });
});

describe("descendants", () => {
  it("finds children and grandchildren, not the root or unrelated processes", () => {
    const stat = (pid: number, ppid: number) => ({ pid, ppid, name: "x", ticks: 0 });
    const found = descendants([stat(1, 0), stat(10, 1), stat(11, 10), stat(12, 11), stat(20, 1), stat(13, 10)], 10);
    expect(found.map((one) => one.pid).sort()).toEqual([11, 12, 13]);
  });
});

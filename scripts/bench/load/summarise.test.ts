import { describe, expect, it } from "vitest";
import type { TypeRun } from "./run-lanes.ts";
import { combineRuns, failures, formatTable, summariseRun } from "./summarise.ts";

const run = (name: string, samples: number[], extra: Partial<TypeRun> = {}): TypeRun => ({
  name,
  lanes: 1,
  samples,
  errors: 0,
  timeouts: 0,
  non2xx: 0,
  statuses: {},
  refused: 0,
  refusals: [],
  seconds: 10,
  ...extra,
});

describe("summariseRun", () => {
  it("gives nearest-rank percentiles and the rate over the run", () => {
    const row = summariseRun(
      run(
        "tag create",
        Array.from({ length: 100 }, (_, i) => i + 1),
      ),
    );
    expect(row).toMatchObject({ requests: 100, perSecond: 10, p50: 50.5, p95: 95, p99: 99, max: 100 });
  });

  it("counts socket errors, other statuses and refused answers as failures (timeouts are among the errors)", () => {
    const row = summariseRun(run("tag update", [5], { errors: 2, timeouts: 1, non2xx: 3, refused: 4 }));
    expect(failures(row)).toBe(9);
  });
});

describe("combineRuns", () => {
  it("pools the samples and failures of several request types", () => {
    const a = run("a", [1, 2], { refused: 1, statuses: { 200: 2 } });
    const all = combineRuns("tag saves (all)", [a, run("b", [3, 4], { non2xx: 1, statuses: { 200: 1, 500: 1 } })]);
    expect(all).toMatchObject({ name: "tag saves (all)", samples: [1, 2, 3, 4], refused: 1, non2xx: 1, lanes: 2 });
    expect(all.statuses).toEqual({ 200: 3, 500: 1 });
  });
});

describe("formatTable", () => {
  it("lines the columns up", () => {
    const lines = formatTable([summariseRun(run("compare page", [120, 80])), summariseRun(run("x", [1]))]).split("\n");
    expect(lines[0]).toMatch(/^request type {2}requests {2}per s {2}p50 ms/);
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
  });
});

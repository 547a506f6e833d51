import { describe, expect, it } from "vitest";
import type { Divergence } from "./queries/measure-divergence";
import { mostCoveredOutlets, narrowDivergence } from "./top-divergence";

const outlet = (outletId: string) => ({ outletId, tags: 10, articles: 5, thin: false });

const divergence: Divergence = {
  mix: "frames",
  outlets: [outlet("a"), outlet("b"), outlet("c"), outlet("d")],
  distances: [
    [0, 0.1, 0.2, 0.3],
    [0.1, 0, 0.4, 0.5],
    [0.2, 0.4, 0, 0.6],
    [0.3, 0.5, 0.6, 0],
  ],
};

describe("mostCoveredOutlets", () => {
  it("keeps the outlets with the most counted articles, the first given on ties", () => {
    const scope = [
      { outletId: "a", counted: 3 },
      { outletId: "b", counted: 9 },
      { outletId: "c", counted: 5 },
      { outletId: "d", counted: 5 },
    ];
    expect([...mostCoveredOutlets(scope, 2)]).toEqual(["b", "c"]);
    expect(mostCoveredOutlets(scope, 9).size).toBe(4);
  });
});

describe("narrowDivergence", () => {
  it("keeps the chosen outlets in cluster order with their distances", () => {
    const narrow = narrowDivergence(divergence, new Set(["d", "b"]));
    expect(narrow.outlets.map((row) => row.outletId)).toEqual(["b", "d"]);
    expect(narrow.distances).toEqual([
      [0, 0.5],
      [0.5, 0],
    ]);
  });

  it("returns the matrix itself when every outlet is kept", () => {
    expect(narrowDivergence(divergence, new Set(["a", "b", "c", "d", "e"]))).toBe(divergence);
  });
});

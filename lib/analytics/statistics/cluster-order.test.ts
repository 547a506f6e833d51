import { describe, expect, it } from "vitest";
import { clusterOrder } from "./cluster-order.ts";

describe("clusterOrder", () => {
  it("puts close items side by side", () => {
    // Items 0 and 2 are alike, as are 1 and 3; 0–2 and 1–3 are far apart.
    const distances = [
      [0, 0.9, 0.1, 0.8],
      [0.9, 0, 0.85, 0.2],
      [0.1, 0.85, 0, 0.7],
      [0.8, 0.2, 0.7, 0],
    ];
    const order = clusterOrder(distances);
    expect(order).toHaveLength(4);
    const at = (item: number) => order.indexOf(item);
    expect(Math.abs(at(0) - at(2))).toBe(1);
    expect(Math.abs(at(1) - at(3))).toBe(1);
    // The two pairs meet at their closest members: 2 and 3 (0.7).
    expect(Math.abs(at(2) - at(3))).toBe(1);
  });

  it("handles one item and none", () => {
    expect(clusterOrder([[0]])).toEqual([0]);
    expect(clusterOrder([])).toEqual([]);
  });
});

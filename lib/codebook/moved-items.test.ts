import { describe, expect, it } from "vitest";
import { movedItems } from "./moved-items.ts";

describe("moved items", () => {
  it("finds nothing when only additions and removals shift the others", () => {
    expect(movedItems(["a", "b", "c"], ["a", "b", "c"])).toEqual([]);
    expect(movedItems(["a", "b", "c"], ["x", "a", "c", "y"])).toEqual([]);
  });

  it("names the item moved up past its neighbours", () => {
    expect(movedItems(["a", "b", "c", "d"], ["a", "d", "b", "c"])).toEqual(["d"]);
    expect(movedItems(["a", "b", "c", "d"], ["c", "a", "b", "d"])).toEqual(["c"]);
  });

  it("names as few items as explain a reversal", () => {
    expect(movedItems(["a", "b", "c"], ["c", "b", "a"])).toHaveLength(2);
    expect(movedItems(["a", "b"], ["b", "a"])).toHaveLength(1);
  });
});

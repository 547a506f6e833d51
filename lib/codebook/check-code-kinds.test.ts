import { describe, expect, it } from "vitest";
import { checkCodeKinds } from "./check-code-kinds.ts";

describe("codes keep their kind", () => {
  const history = new Map([["frame.economic", "FRAME" as const]]);
  const category = { label: "Economic", description: "Money.", attributes: [] };

  it("accepts known codes of the same kind and new codes", () => {
    const categories = [
      { ...category, code: "frame.economic", kind: "FRAME" as const },
      { ...category, code: "naming.actor", kind: "NAMING" as const },
    ];
    expect(checkCodeKinds(categories, history)).toBeNull();
  });

  it("refuses a code an earlier version used for another kind, at that category's code", () => {
    const categories = [{ ...category, code: "frame.economic", kind: "NAMING" as const }];
    expect(checkCodeKinds(categories, history)).toEqual({
      "categories.0.code": [
        "frame.economic is a frame in earlier versions; a code keeps its kind. Choose another code.",
      ],
    });
  });
});

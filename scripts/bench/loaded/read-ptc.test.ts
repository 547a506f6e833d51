import { describe, expect, it } from "vitest";
import { utf16Offset } from "./code-points.ts";
import { inSplit } from "./loaded-corpus.ts";
import { parseTechniqueLabels } from "./read-ptc.ts";

describe("PTC labels", () => {
  it("groups technique spans by article", () => {
    const labels = parseTechniqueLabels(
      "111\tLoaded_Language\t10\t17\n111\tDoubt\t0\t5\n222\tName_Calling,Labeling\t3\t9\n",
    );
    expect(labels.get("111")).toEqual([
      { technique: "Loaded_Language", start: 10, end: 17 },
      { technique: "Doubt", start: 0, end: 5 },
    ]);
    expect(labels.get("222")).toEqual([{ technique: "Name_Calling,Labeling", start: 3, end: 9 }]);
  });

  it("turns code-point offsets into string indexes past astral characters", () => {
    const text = "😀 evil regime";
    expect(utf16Offset(text, 2)).toBe(3);
    expect(text.slice(utf16Offset(text, 2), utf16Offset(text, 6))).toBe("evil");
    expect(utf16Offset("plain", 3)).toBe(3);
  });

  it("sets every fifth document aside as dev", () => {
    const positions = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    expect(positions.filter((position) => inSplit(position, "dev"))).toEqual([4, 9]);
    expect(positions.filter((position) => inSplit(position, "train"))).toHaveLength(8);
  });
});

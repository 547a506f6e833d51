import { describe, expect, it } from "vitest";
import { openSuggestions } from "./open-suggestions.ts";

type Kind = "ATTRIBUTION" | "NAMING" | "LOADED_LANGUAGE";
const suggestion = (kind: Kind, start: number, end: number) => ({ start, end, tag: { kind } });
const tag = (kind: Kind, startOffset: number, endOffset: number) => ({ kind, startOffset, endOffset });

describe("open suggestions", () => {
  it("drops a suggestion overlapping a tag of its kind, keeps those of other kinds or elsewhere", () => {
    const suggestions = [
      suggestion("ATTRIBUTION", 0, 10),
      suggestion("NAMING", 0, 10),
      suggestion("ATTRIBUTION", 20, 30),
    ];
    expect(openSuggestions(suggestions, [tag("ATTRIBUTION", 5, 12), tag("ATTRIBUTION", 10, 20)])).toEqual([
      suggestion("NAMING", 0, 10),
      suggestion("ATTRIBUTION", 20, 30),
    ]);
  });
});

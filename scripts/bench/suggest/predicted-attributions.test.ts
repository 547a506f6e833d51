import { describe, expect, it } from "vitest";
import { suggest } from "../../../lib/suggestions/suggest.ts";
import type { AttributionSuggestion } from "../../../lib/suggestions/types.ts";
import { asPolnearAttributions } from "./predicted-attributions.ts";

const attributions = (text: string) =>
  suggest(text).filter((suggestion): suggestion is AttributionSuggestion => suggestion.kind === "attribution");

describe("suggestions in PolNeAR's shape", () => {
  it("joins a continued quote to the attribution it continues, reported speech included", () => {
    const text = 'Rendell said he had battled pneumonia in his campaigns. "It is a common ailment."';
    const joined = asPolnearAttributions(attributions(text));
    expect(joined).toHaveLength(1);
    expect(joined[0].content.map(([start, end]) => text.slice(start, end))).toEqual([
      "he had battled pneumonia in his campaigns",
      '"It is a common ailment."',
    ]);
  });
});

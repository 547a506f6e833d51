import { describe, expect, it } from "vitest";
import { matchOneToOne } from "./match-spans.ts";
import type { GoldAttribution } from "./read-brat.ts";
import { isDirect, scoreArticle, summarise } from "./score-attributions.ts";

const TEXT = `Hamas said it would boycott the talks. "We will not return," the source said.`;
const at = (part: string, from = 0): [number, number] => {
  const start = TEXT.indexOf(part, from);
  return [start, start + part.length];
};

describe("matchOneToOne", () => {
  it("pairs the most similar first, each item at most once, above the threshold", () => {
    const similarity = [
      [0.9, 0.6],
      [0.7, 0.4],
    ];
    expect(matchOneToOne(2, 2, (g, p) => similarity[g][p], 0.5)).toEqual([{ gold: 0, predicted: 0, dice: 0.9 }]);
  });
});

describe("scoreArticle", () => {
  const gold: GoldAttribution[] = [
    { content: [at("it would boycott the talks")], cue: [at("said")], source: [at("Hamas")] },
    { content: [at(`"We will not return,"`)], cue: [at("said", 40)], source: [at("the source")] },
  ];

  it("matches content at word Dice ≥ 0.5 and checks speaker and cue on matched pairs", () => {
    const predicted: GoldAttribution[] = [
      { content: [at("would boycott the talks")], cue: [at("said")], source: [at("Hamas")] },
      { content: [at(`"We will not return,"`)], cue: [at("said", 40)], source: [at("Hamas")] },
      { content: [at("the source said")], cue: [], source: null },
    ];
    const { tally, missed, spurious } = scoreArticle(TEXT, gold, predicted);
    expect(tally).toEqual({ gold: 2, predicted: 3, matched: 2, speakerRight: 1, cueRight: 2 });
    expect(missed).toEqual([]);
    expect(spurious).toHaveLength(1);
    expect(summarise(tally)).toMatchObject({ precision: 2 / 3, recall: 1, speakerAccuracy: 0.5, cueAccuracy: 1 });
  });

  it("counts content with a quotation mark as a direct quote", () => {
    expect(gold.map((item) => isDirect(TEXT, item.content))).toEqual([false, true]);
    expect(isDirect("he said ''no'' then", [[8, 14]])).toBe(true);
  });
});

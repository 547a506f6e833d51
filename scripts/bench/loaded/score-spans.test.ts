import { describe, expect, it } from "vitest";
import { scoreSpans, summariseSpans } from "./score-spans.ts";

const text = "The corrupt regime launched a brutal crackdown on peaceful protesters.";
const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

describe("loaded-language span scoring", () => {
  it("counts a span right or found when it shares a word with the other side", () => {
    const tally = scoreSpans(text, [at("corrupt regime"), at("brutal crackdown")], [at("regime"), at("peaceful")]);
    expect(tally).toEqual({ gold: 2, predicted: 2, goldFound: 1, predictedRight: 1 });
    expect(summariseSpans(tally)).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
  });

  it("does not count touching spans that share no word", () => {
    expect(scoreSpans(text, [at("corrupt")], [at(" regime")]).goldFound).toBe(0);
  });

  it("gives zeros, not NaN, when a side is empty", () => {
    expect(summariseSpans(scoreSpans(text, [], []))).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

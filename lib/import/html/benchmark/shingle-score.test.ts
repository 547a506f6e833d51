import { describe, expect, it } from "vitest";
import { compareShingles, pagePrecision, pageRecall, scoreDataset, tokenizeLikePython } from "./shingle-score.ts";

// Expected values were computed with the benchmark's own evaluate.py on the same strings.
const cases: [string, string][] = [
  ["The quick brown fox jumps over the lazy dog", "The quick brown fox jumps over the lazy cat"],
  ["one two three", "one two three"],
  ["Hello, world! Café naïve_test 42", "hello world Café naïve_test 42"],
  ["a b c d e f", ""],
];

describe("shingle score (article-extraction-benchmark's evaluate.py)", () => {
  it("tokenizes like Python's \\w+ in Unicode mode", () => {
    expect(tokenizeLikePython("Café naïve_test 42 日本語のテキスト؟ x-y")).toEqual([
      "Café",
      "naïve_test",
      "42",
      "日本語のテキスト",
      "x",
      "y",
    ]);
  });

  it("normalizes each page's shingle counts", () => {
    const counts = compareShingles(...(cases[0] as [string, string]));
    expect(counts.truePositive).toBeCloseTo(0.7142857142857143, 12);
    expect(counts.falsePositive).toBeCloseTo(0.14285714285714285, 12);
    expect(pagePrecision(counts)).toBeCloseTo(0.8333333333333333, 12);
    expect(pageRecall(counts)).toBeCloseTo(0.8333333333333333, 12);
    expect(pagePrecision(compareShingles(...(cases[2] as [string, string])))).toBeCloseTo(0.5, 12);
  });

  it("averages like evaluate.py: empty predictions leave the precision mean, F1 is the harmonic mean of the means", () => {
    const score = scoreDataset(cases.map(([expected, predicted]) => compareShingles(expected, predicted)));
    expect(score.precision).toBeCloseTo(0.7777777777777778, 12);
    expect(score.recall).toBeCloseTo(0.5833333333333333, 12);
    expect(score.f1).toBeCloseTo(0.6666666666666666, 12);
  });
});

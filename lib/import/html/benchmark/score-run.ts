import type { BenchmarkDataset, BenchmarkPage } from "./datasets.ts";
import { compareShingles, harmonicMean, pagePrecision, pageRecall, scoreDataset } from "./shingle-score.ts";
import { countSnippets, scoreSnippets } from "./snippet-score.ts";

export interface RunScore {
  precision: number;
  recall: number;
  f1: number;
  /** Mean per-page F1 (article-body sets) or accuracy (snippet sets): the dataset's secondary number. */
  secondary: number;
  secondaryName: string;
}

/** One page's F1 under the dataset's metric, to list the pages an extractor handles worst. */
export function pageF1(page: BenchmarkPage, extracted: string): number {
  if (page.expected.kind === "article-body") {
    const counts = compareShingles(page.expected.text, extracted);
    return harmonicMean(pagePrecision(counts), pageRecall(counts));
  }
  return scoreSnippets([countSnippets(extracted, page.expected.wanted, page.expected.unwanted)]).f1;
}

/** Scores the extracted texts (in page order) the way the dataset's own evaluation script does. */
export function scoreRun(dataset: BenchmarkDataset, extracted: readonly string[]): RunScore {
  if (dataset.metric === "shingle-f1") {
    const counts = dataset.pages.map((page, index) => compareShingles(page.expected.kind === "article-body" ? page.expected.text : "", extracted[index] ?? ""));
    const score = scoreDataset(counts);
    return { precision: score.precision, recall: score.recall, f1: score.f1, secondary: score.meanPageF1, secondaryName: "mean page F1" };
  }
  const counts = dataset.pages.map((page, index) =>
    page.expected.kind === "snippets" ? countSnippets(extracted[index] ?? "", page.expected.wanted, page.expected.unwanted) : countSnippets("", [], []),
  );
  const score = scoreSnippets(counts);
  return { precision: score.precision, recall: score.recall, f1: score.f1, secondary: score.accuracy, secondaryName: "accuracy" };
}

import type { BenchmarkDataset, BenchmarkPage } from "./datasets.ts";
import { compareShingles, harmonicMean, pagePrecision, pageRecall, scoreDataset } from "./shingle-score.ts";
import { countSnippets, scoreSnippets } from "./snippet-score.ts";
import { averageWordBags, compareWordBags } from "./word-bag-score.ts";

export interface RunScore {
  precision: number;
  recall: number;
  f1: number;
  /** A second number each dataset's own script reports: mean page F1, or accuracy for snippet sets. */
  secondary: number;
  secondaryName: string;
}

function expectedText(page: BenchmarkPage): string {
  return page.expected.kind === "article-body" ? page.expected.text : "";
}

function snippetCounts(page: BenchmarkPage, extracted: string) {
  return page.expected.kind === "snippets"
    ? countSnippets(extracted, page.expected.wanted, page.expected.unwanted)
    : countSnippets("", [], []);
}

/** One page's F1 under the dataset's metric, to list the pages an extractor handles worst. */
export function pageF1(dataset: BenchmarkDataset, page: BenchmarkPage, extracted: string): number {
  if (dataset.metric === "word-f1") return compareWordBags(expectedText(page), extracted).f1;
  if (dataset.metric === "snippet-f1") return scoreSnippets([snippetCounts(page, extracted)]).f1;
  const counts = compareShingles(expectedText(page), extracted);
  return harmonicMean(pagePrecision(counts), pageRecall(counts));
}

/** Scores the extracted texts (in page order) the way the dataset's own evaluation script does. */
export function scoreRun(dataset: BenchmarkDataset, extracted: readonly string[]): RunScore {
  const text = (index: number) => extracted[index] ?? "";
  if (dataset.metric === "shingle-f1") {
    const score = scoreDataset(dataset.pages.map((page, index) => compareShingles(expectedText(page), text(index))));
    return {
      precision: score.precision,
      recall: score.recall,
      f1: score.f1,
      secondary: score.meanPageF1,
      secondaryName: "mean page F1",
    };
  }
  if (dataset.metric === "word-f1") {
    const pages = dataset.pages.map((page, index) => compareWordBags(expectedText(page), text(index)));
    const score = averageWordBags(pages);
    const perfect = pages.filter((page) => page.f1 >= 0.99).length / Math.max(1, pages.length);
    return { ...score, secondary: perfect, secondaryName: "pages F1≥.99" };
  }
  const score = scoreSnippets(dataset.pages.map((page, index) => snippetCounts(page, text(index))));
  return {
    precision: score.precision,
    recall: score.recall,
    f1: score.f1,
    secondary: score.accuracy,
    secondaryName: "accuracy",
  };
}

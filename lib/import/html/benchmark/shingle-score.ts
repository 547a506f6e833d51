/**
 * The article-body metric of the Zyte/Scrapinghub "article-extraction-benchmark" (its evaluate.py),
 * reimplemented so our numbers are comparable with its published table: texts are split into `\w+`
 * tokens, compared as multisets of 4-token shingles, and each page's counts are normalised so that long
 * articles do not outweigh short ones.
 */

export interface ShingleCounts {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
}

export interface DatasetScore {
  precision: number;
  recall: number;
  /** Harmonic mean of the mean precision and the mean recall, as evaluate.py reports it. */
  f1: number;
  /** Mean of the per-page F1 values, for readers who expect an average over pages. */
  meanPageF1: number;
}

const SHINGLE_SIZE = 4;

/** Python's `re.findall(r"\w+", text)` in Unicode mode: letters, numbers and underscores. */
export function tokenizeLikePython(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

function countShingles(text: string): Map<string, number> {
  const tokens = tokenizeLikePython(text);
  const counts = new Map<string, number>();
  // evaluate.py emits one short shingle for texts under four tokens, and none for an empty text.
  const shingleTotal = Math.max(1, tokens.length - SHINGLE_SIZE + 1);
  for (let start = 0; start < shingleTotal; start += 1) {
    const shingle = tokens.slice(start, start + SHINGLE_SIZE);
    if (shingle.length === 0) continue;
    const key = shingle.join("\u0000");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function compareShingles(expected: string, predicted: string): ShingleCounts {
  const expectedCounts = countShingles(expected);
  const predictedCounts = countShingles(predicted);
  let truePositive = 0;
  let falsePositive = 0;
  let falseNegative = 0;
  for (const key of new Set([...expectedCounts.keys(), ...predictedCounts.keys()])) {
    const expectedCount = expectedCounts.get(key) ?? 0;
    const predictedCount = predictedCounts.get(key) ?? 0;
    truePositive += Math.min(expectedCount, predictedCount);
    falsePositive += Math.max(0, predictedCount - expectedCount);
    falseNegative += Math.max(0, expectedCount - predictedCount);
  }
  const total = truePositive + falsePositive + falseNegative;
  if (total === 0) return { truePositive, falsePositive, falseNegative };
  return {
    truePositive: truePositive / total,
    falsePositive: falsePositive / total,
    falseNegative: falseNegative / total,
  };
}

export function pagePrecision({ truePositive, falsePositive, falseNegative }: ShingleCounts): number {
  if (falsePositive === 0 && falseNegative === 0) return 1;
  if (truePositive === 0 && falsePositive === 0) return 0;
  return truePositive / (truePositive + falsePositive);
}

export function pageRecall({ truePositive, falsePositive, falseNegative }: ShingleCounts): number {
  if (falsePositive === 0 && falseNegative === 0) return 1;
  if (truePositive === 0 && falseNegative === 0) return 0;
  return truePositive / (truePositive + falseNegative);
}

export function harmonicMean(first: number, second: number): number {
  return first + second === 0 ? 0 : (2 * first * second) / (first + second);
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Pages with nothing predicted are left out of the mean precision (and empty truths out of the mean recall), as evaluate.py does. */
export function scoreDataset(pages: ShingleCounts[]): DatasetScore {
  const precision = mean(pages.filter((page) => page.truePositive + page.falsePositive > 0).map(pagePrecision));
  const recall = mean(pages.filter((page) => page.truePositive + page.falseNegative > 0).map(pageRecall));
  const meanPageF1 = mean(pages.map((page) => harmonicMean(pagePrecision(page), pageRecall(page))));
  return { precision, recall, f1: harmonicMean(precision, recall), meanPageF1 };
}

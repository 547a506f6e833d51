/**
 * The metric of WCXB (Murrough-Foley/web-content-extraction-benchmark, its evaluate.py): lowercased `\w+`
 * words compared as bags, precision/recall/F1 per page, each averaged over pages.
 */

export interface WordBagScore {
  precision: number;
  recall: number;
  f1: number;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

function counts(tokens: readonly string[]): Map<string, number> {
  const bag = new Map<string, number>();
  for (const token of tokens) bag.set(token, (bag.get(token) ?? 0) + 1);
  return bag;
}

export function compareWordBags(expected: string, predicted: string): WordBagScore {
  const expectedWords = words(expected);
  const predictedWords = words(predicted);
  if (expectedWords.length === 0)
    return predictedWords.length === 0 ? { precision: 1, recall: 1, f1: 1 } : { precision: 0, recall: 0, f1: 0 };
  if (predictedWords.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const expectedBag = counts(expectedWords);
  let overlap = 0;
  for (const [word, count] of counts(predictedWords)) overlap += Math.min(count, expectedBag.get(word) ?? 0);
  const precision = overlap / predictedWords.length;
  const recall = overlap / expectedWords.length;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

export function averageWordBags(pages: readonly WordBagScore[]): WordBagScore {
  const mean = (pick: (page: WordBagScore) => number) =>
    pages.length === 0 ? 0 : pages.reduce((sum, page) => sum + pick(page), 0) / pages.length;
  return {
    precision: mean((page) => page.precision),
    recall: mean((page) => page.recall),
    f1: mean((page) => page.f1),
  };
}

/**
 * The metric of trafilatura's evaluation set (tests/evaldata.json, scored by its eval_common.py): per page,
 * hand-picked snippets that must appear in the extracted text ("with") and boilerplate snippets that must
 * not ("without"), matched as whitespace-normalised substrings; counts are pooled over all pages.
 */

export interface SnippetCounts {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
  trueNegative: number;
}

export interface SnippetScore {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function countSnippets(
  extracted: string,
  wanted: readonly string[],
  unwanted: readonly string[],
): SnippetCounts {
  const haystack = normalizeWhitespace(extracted);
  const found = (snippet: string) => haystack.includes(normalizeWhitespace(snippet));
  const truePositive = wanted.filter(found).length;
  const falsePositive = unwanted.filter(found).length;
  return {
    truePositive,
    falsePositive,
    falseNegative: wanted.length - truePositive,
    trueNegative: unwanted.length - falsePositive,
  };
}

export function scoreSnippets(pages: readonly SnippetCounts[]): SnippetScore {
  const total = pages.reduce(
    (sum, page) => ({
      truePositive: sum.truePositive + page.truePositive,
      falsePositive: sum.falsePositive + page.falsePositive,
      falseNegative: sum.falseNegative + page.falseNegative,
      trueNegative: sum.trueNegative + page.trueNegative,
    }),
    { truePositive: 0, falsePositive: 0, falseNegative: 0, trueNegative: 0 },
  );
  const ratio = (numerator: number, denominator: number) => (denominator === 0 ? 0 : numerator / denominator);
  return {
    precision: ratio(total.truePositive, total.truePositive + total.falsePositive),
    recall: ratio(total.truePositive, total.truePositive + total.falseNegative),
    f1: ratio(2 * total.truePositive, 2 * total.truePositive + total.falsePositive + total.falseNegative),
    accuracy: ratio(
      total.truePositive + total.trueNegative,
      total.truePositive + total.trueNegative + total.falsePositive + total.falseNegative,
    ),
  };
}

import { analyseText } from "../../../lib/suggestions/text/analysis.ts";
import { wordForms } from "../../../lib/suggestions/loaded/lexicon.ts";
import type { LoadedDocument } from "./loaded-corpus.ts";

/** How often a word stands in the outlet's own voice, and how often inside a gold span. */
export interface WordEvidence {
  seen: number;
  marked: number;
}

export interface SelectionRule {
  /** Share of a word's occurrences that must lie in a gold span. */
  minPrecision: number;
  /** Occurrences that must lie in a gold span. */
  minMarked: number;
}

const LETTERS = /^\p{L}{3,}$/u;

/**
 * Per lower-cased word, its occurrences outside quotations (where the engine looks) and how many of them overlap
 * a gold span, counted as the engine matches: a word with a plural or past ending counts for its stem too.
 */
export function wordEvidence(documents: LoadedDocument[]): Map<string, WordEvidence> {
  const byToken = new Map<string, WordEvidence>();
  for (const { text, spans } of documents) {
    const analysis = analyseText(text);
    analysis.tokens.forEach((token, index) => {
      if (token.kind !== "word" || analysis.quoteOf[index] >= 0 || !LETTERS.test(token.lower)) return;
      const marked = spans.some((span) => span.start < token.end && token.start < span.end);
      const evidence = byToken.get(token.lower) ?? { seen: 0, marked: 0 };
      byToken.set(token.lower, { seen: evidence.seen + 1, marked: evidence.marked + (marked ? 1 : 0) });
    });
  }
  const byStem = new Map<string, WordEvidence>();
  for (const stem of byToken.keys()) {
    const forms = wordForms(stem).flatMap((form) => byToken.get(form) ?? []);
    byStem.set(stem, {
      seen: forms.reduce((sum, form) => sum + form.seen, 0),
      marked: forms.reduce((sum, form) => sum + form.marked, 0),
    });
  }
  return byStem;
}

/**
 * The words the rule keeps, sorted: marked often enough, and marked in at least `minPrecision` of their
 * occurrences. A word whose stem is kept too is left out, as the stem already matches it.
 */
export function selectWords(evidence: Map<string, WordEvidence>, rule: SelectionRule, exclude: Set<string>) {
  const kept = [...evidence]
    .filter(([word, { marked }]) => !exclude.has(word) && marked >= rule.minMarked)
    .filter(([, { seen, marked }]) => marked / seen >= rule.minPrecision)
    .map(([word]) => word);
  const coveredByStem = (word: string) => kept.some((stem) => stem !== word && wordForms(stem).includes(word));
  return kept.filter((word) => !coveredByStem(word)).sort();
}

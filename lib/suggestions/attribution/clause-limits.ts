import type { TextAnalysis } from "../text/analysis.ts";

const CLOSING = new Set([".", "?", "!", "…", ";", ")"]);

/** The last token of a sentence's words, its final stop (and a bracket or stop after it) left out. */
export function lastWordOf(analysis: TextAnalysis, sentenceIndex: number): number {
  const { first, last } = analysis.sentences[sentenceIndex];
  let index = last;
  while (index > first && analysis.tokens[index].kind === "punct" && CLOSING.has(analysis.tokens[index].text)) index--;
  return index;
}

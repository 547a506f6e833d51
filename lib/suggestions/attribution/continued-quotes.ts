import type { TextAnalysis } from "../text/analysis.ts";
import { candidateExtent, type Candidate } from "./candidate.ts";

const MIN_WORDS = 3;

function wordCount(analysis: TextAnalysis, first: number, last: number): number {
  return analysis.tokens.slice(first, last + 1).filter((token) => token.kind === "word").length;
}

/**
 * A quote with no cue of its own that follows an attributed quote goes on with the same speaker: in the same
 * paragraph it joins that attribution as another piece (`"…," she said. "…"`), at the start of the next paragraph
 * it becomes an attribution of its own with the speaker carried over.
 */
export function continueQuotes(analysis: TextAnalysis, accepted: Candidate[], taken: Uint8Array): Candidate[] {
  const { tokens } = analysis;
  const sorted = [...accepted].sort((a, b) => candidateExtent(a).first - candidateExtent(b).first);
  const added: Candidate[] = [];
  for (const quote of analysis.quotes) {
    if (taken[quote.openToken] || wordCount(analysis, quote.openToken, quote.closeToken) < MIN_WORDS) continue;
    const previous = sorted.findLast((candidate) => candidateExtent(candidate).last < quote.openToken);
    if (!previous || previous.form !== "direct") continue;
    const gap = tokens.slice(candidateExtent(previous).last + 1, quote.openToken);
    if (gap.some((token) => token.kind === "word")) continue;
    const paragraph = tokens[quote.openToken].paragraph;
    const previousParagraph = tokens[candidateExtent(previous).last].paragraph;
    if (paragraph === previousParagraph) {
      previous.parts.push({ first: quote.openToken, last: quote.closeToken });
    } else if (paragraph === previousParagraph + 1 && tokens[quote.openToken - 1].paragraph !== paragraph) {
      const part = { first: quote.openToken, last: quote.closeToken };
      const carried: Candidate = { ...previous, rule: "quote.continued", parts: [part], cue: null, verb: null };
      added.push(carried);
      sorted.push(carried);
    } else continue;
    taken.fill(1, quote.openToken, quote.closeToken + 1);
  }
  return added;
}

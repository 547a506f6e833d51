import { wordsBetween, type TextAnalysis } from "../text/analysis.ts";
import { candidateExtent, type Candidate } from "./candidate.ts";

const MIN_WORDS = 3;
const MAX_ASIDE = 12;

/**
 * A quote with no cue of its own that follows an attributed quote goes on with the same speaker: in the same
 * paragraph it joins that attribution as another piece (`"…," she said. "…"`), at the start of the next paragraph
 * it becomes an attribution of its own with the speaker carried over. After reported speech (`after: "indirect"`:
 * `Rendell said he had battled pneumonia. "It's common," …`) it is always one of its own, a quotation with the
 * speaker of the report before it.
 */
export function continueQuotes(
  analysis: TextAnalysis,
  accepted: Candidate[],
  taken: Uint8Array,
  after: Candidate["form"] = "direct",
): Candidate[] {
  const { tokens } = analysis;
  const ordered = accepted
    .map((candidate) => ({ candidate, last: candidateExtent(candidate).last }))
    .sort((a, b) => a.last - b.last);
  const added: Candidate[] = [];
  let next = 0;
  let previous: { candidate: Candidate; last: number } | null = null;
  for (const quote of analysis.quotes) {
    while (next < ordered.length && ordered[next].last < quote.openToken) previous = ordered[next++];
    if (taken[quote.openToken] || wordsBetween(analysis, quote.openToken, quote.closeToken) < MIN_WORDS) continue;
    if (!previous || previous.candidate.form !== after) continue;
    // Right after the cue (`…," she said, "…`), or opening a later sentence after the rest of the cue's one
    // (`…," Clinton said on Thursday. "…`); a quote further on in the cue's sentence belongs to its own clause.
    const sentenceEnd = analysis.sentences[analysis.sentenceOf[previous.last]].last;
    const opensSentence = analysis.sentences[analysis.sentenceOf[quote.openToken]].first === quote.openToken;
    const between = wordsBetween(analysis, previous.last + 1, quote.openToken - 1);
    // A quote going on in lower case in the cue's sentence finishes the quoted sentence: `"…," Tester said,
    // referring to the excuse, "you give ammunition …"`, `"…," he said, but "when it comes to …"`.
    const firstWord = tokens[quote.openToken + 1];
    const aside = tokens.slice(previous.last + 1, quote.openToken);
    const goesOn =
      analysis.sentenceOf[quote.openToken] === analysis.sentenceOf[previous.last] &&
      firstWord?.kind === "word" &&
      !firstWord.capital &&
      [",", "but"].includes(tokens[quote.openToken - 1].lower) &&
      aside.length <= MAX_ASIDE &&
      aside.every((token) => token.kind !== "quote");
    if (between > 0 && !goesOn && !(opensSentence && sentenceEnd < quote.openToken)) continue;
    if (!goesOn && wordsBetween(analysis, Math.max(previous.last, sentenceEnd) + 1, quote.openToken - 1) > 0) continue;
    const part = { first: quote.openToken, last: quote.closeToken };
    const paragraph = tokens[quote.openToken].paragraph;
    const previousParagraph = tokens[previous.last].paragraph;
    if (paragraph === previousParagraph && after === "direct") {
      previous.candidate.parts.push(part);
      previous.last = quote.closeToken;
    } else if (
      paragraph === previousParagraph ||
      (paragraph === previousParagraph + 1 && tokens[quote.openToken - 1].paragraph !== paragraph)
    ) {
      const carried: Candidate = {
        ...previous.candidate,
        rule: "quote.continued",
        form: "direct",
        parts: [part],
        cue: null,
        verb: null,
      };
      added.push(carried);
      previous = { candidate: carried, last: quote.closeToken };
    } else continue;
    taken.fill(1, quote.openToken, quote.closeToken + 1);
  }
  return added;
}

import type { Quote } from "../quotes/find-quotes.ts";
import type { Token } from "./tokenize.ts";

export interface Sentence {
  first: number;
  last: number;
}

const TERMINAL = new Set([".", "?", "!", "…"]);
// After an abbreviation's full stop ("U.S.", "p.m.") only a word that opens sentences starts a new one:
// "in the U.S. He says …", but not "U.S. President".
const OPENS_SENTENCE = new Set(
  "he she they it we i the a an but and this that there his her their its in on at when after as so yet still".split(
    " ",
  ),
);
const STARTS_SENTENCE = /^[\p{Lu}\p{N}"“‘«„'(\[]/u;

function endsWithTerminal(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  if (TERMINAL.has(token.text)) return true;
  if (token.abbreviation && token.text.slice(0, -1).includes(".") && index + 1 < tokens.length) {
    const next = tokens[index + 1];
    return next.capital && OPENS_SENTENCE.has(next.lower);
  }
  // A closing mark or bracket right after a full stop: `….”`, `….)`.
  const closing = token.kind === "quote" || token.text === ")";
  return closing && index > 0 && TERMINAL.has(tokens[index - 1].text) && tokens[index - 1].end === token.start;
}

/**
 * Splits tokens into sentences at a full stop, question or exclamation mark before a capital, and at every
 * paragraph break. A quote in the article's voice stays whole inside its sentence, so `"…. …," she said` is one.
 */
export function splitSentences(tokens: Token[], quotes: Quote[]): Sentence[] {
  const insideQuote = new Uint8Array(tokens.length);
  for (const quote of quotes) {
    if (quote.level === 0) insideQuote.fill(1, quote.openToken, quote.closeToken);
  }
  const sentences: Sentence[] = [];
  let first = 0;
  for (let index = 0; index < tokens.length; index++) {
    const next = tokens[index + 1];
    const paragraphEnds = !next || next.paragraph !== tokens[index].paragraph;
    const stops = !insideQuote[index] && endsWithTerminal(tokens, index) && (!next || STARTS_SENTENCE.test(next.text));
    if ((paragraphEnds && !insideQuote[index]) || stops || !next) {
      sentences.push({ first, last: index });
      first = index + 1;
    }
  }
  return sentences;
}

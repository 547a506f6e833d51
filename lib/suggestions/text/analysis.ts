import { findQuotes, type Quote } from "../quotes/find-quotes.ts";
import { splitSentences, type Sentence } from "./sentences.ts";
import { tokenize, type Token } from "./tokenize.ts";

/** The article cut up once for all rules: tokens, quotes, sentences and which quote or sentence holds a token. */
export interface TextAnalysis {
  text: string;
  tokens: Token[];
  /** Quotes in the article's own voice (level 0), in text order. */
  quotes: Quote[];
  sentences: Sentence[];
  sentenceOf: Int32Array;
  /** Index into `quotes` of the quote a token lies in (its marks included), or -1. */
  quoteOf: Int32Array;
  /** How many word tokens come before each token (one entry more than there are tokens). */
  wordsBefore: Int32Array;
}

/** How many words the tokens from `first` to `last` (inclusive) hold. */
export function wordsBetween(analysis: TextAnalysis, first: number, last: number): number {
  if (last < first) return 0;
  return analysis.wordsBefore[last + 1] - analysis.wordsBefore[first];
}

export function analyseText(text: string): TextAnalysis {
  const tokens = tokenize(text);
  const allQuotes = findQuotes(text, tokens);
  const quotes = allQuotes.filter((quote) => quote.level === 0);
  const sentences = splitSentences(tokens, allQuotes);
  const sentenceOf = new Int32Array(tokens.length);
  sentences.forEach((sentence, index) => sentenceOf.fill(index, sentence.first, sentence.last + 1));
  const quoteOf = new Int32Array(tokens.length).fill(-1);
  quotes.forEach((quote, index) => quoteOf.fill(index, quote.openToken, quote.closeToken + 1));
  const wordsBefore = new Int32Array(tokens.length + 1);
  tokens.forEach((token, index) => (wordsBefore[index + 1] = wordsBefore[index] + (token.kind === "word" ? 1 : 0)));
  return { text, tokens, quotes, sentences, sentenceOf, quoteOf, wordsBefore };
}

import { OTHER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from "./abbreviations.ts";

export type TokenKind = "word" | "quote" | "punct";

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: TokenKind;
  /** Index of the paragraph (text between line breaks) the token stands in. */
  paragraph: number;
  /** A word that starts with a capital letter. */
  capital: boolean;
  /** A word whose full stop is part of it ("Mr.", "U.S."), so the stop ends no sentence. */
  abbreviation: boolean;
}

// Quotation marks (`''` and ``` `` ``` are typewriter double quotes), then words with inner apostrophes, hyphens,
// dots and ampersands ("Clinton’s", "Rafah-based", "U.S", "AT&T"), then any other single character.
const TOKEN = /(''|``|["“”„‟«»‹›‘’'])|([\p{L}\p{N}]+(?:['’\-.&/][\p{L}\p{N}]+)*)|(\S)/gu;
const CAPITAL = /^\p{Lu}/u;
const INITIAL = /^\p{Lu}$/u;

function takesFullStop(word: string): boolean {
  const lower = word.toLowerCase();
  return word.includes(".") || INITIAL.test(word) || TITLE_ABBREVIATIONS.has(lower) || OTHER_ABBREVIATIONS.has(lower);
}

/** Splits text into words, quotation marks and punctuation, with UTF-16 offsets and paragraph numbers. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let paragraph = 0;
  let previousEnd = 0;
  const pattern = new RegExp(TOKEN);
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index;
    if (text.slice(previousEnd, start).includes("\n") && tokens.length > 0) paragraph += 1;
    const kind: TokenKind = match[1] ? "quote" : match[2] ? "word" : "punct";
    let end = start + match[0].length;
    const abbreviation = kind === "word" && text[end] === "." && takesFullStop(match[0]);
    if (abbreviation) end += 1;
    const tokenText = text.slice(start, end);
    tokens.push({
      start,
      end,
      text: tokenText,
      lower: tokenText.toLowerCase(),
      kind,
      paragraph,
      capital: kind === "word" && CAPITAL.test(tokenText),
      abbreviation,
    });
    previousEnd = end;
    pattern.lastIndex = end;
  }
  return tokens;
}

import { codePointAt, isWordCharacter } from "../../articles/word-characters.ts";
import { OTHER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from "./abbreviations.ts";

export type TokenKind = "word" | "quote" | "punct";

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Lower case without a possessive "’s": "trump" for "Trump’s". */
  bare: string;
  kind: TokenKind;
  /** Index of the paragraph (text between line breaks) the token stands in. */
  paragraph: number;
  /** A word that starts with a capital letter. */
  capital: boolean;
  /** A word whose full stop is part of it ("Mr.", "U.S."), so the stop ends no sentence. */
  abbreviation: boolean;
}

const QUOTE_MARKS = new Set(['"', "“", "”", "„", "‟", "«", "»", "‹", "›", "‘", "’", "'"]);
// Characters that join two runs of letters or digits into one word: "Clinton’s", "Rafah-based", "U.S", "AT&T".
const JOINERS = new Set(["'", "’", "-", ".", "&", "/"]);
const UPPER = /^\p{Lu}/u;
const POSSESSIVE = /['’]s$/;
const INITIAL = /^\p{Lu}$/u;

function takesFullStop(word: string): boolean {
  const lower = word.toLowerCase();
  return word.includes(".") || INITIAL.test(word) || TITLE_ABBREVIATIONS.has(lower) || OTHER_ABBREVIATIONS.has(lower);
}

const isWordAt = (text: string, index: number) => index < text.length && isWordCharacter(codePointAt(text, index));

/** The end of the run of letters and digits that starts at `start`. */
function runEnd(text: string, start: number): number {
  let index = start;
  while (isWordAt(text, index)) index += codePointAt(text, index) > 0xffff ? 2 : 1;
  return index;
}

// A full stop joins short pieces ("U.S", "p.m", "MSN.com"), not two words a missing space ran together
// ("said.Trump").
const MAX_DOTTED_PIECE = 3;

/** The end of the word that starts at `start`: runs of letters and digits, and joiners between them. */
function wordEnd(text: string, start: number): number {
  let pieceStart = start;
  let index = runEnd(text, start);
  while (JOINERS.has(text[index]) && isWordAt(text, index + 1)) {
    const next = runEnd(text, index + 1);
    const short = index - pieceStart <= MAX_DOTTED_PIECE || next - index - 1 <= MAX_DOTTED_PIECE;
    if (text[index] === "." && !short) break;
    pieceStart = index + 1;
    index = next;
  }
  return index;
}

/**
 * Splits text into words, quotation marks (`''` and ``` `` ``` are typewriter double quotes) and other single
 * characters, with UTF-16 offsets and paragraph numbers. A character-class table keeps this fast on long texts.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let paragraph = 0;
  let index = 0;
  while (index < text.length) {
    const character = text[index];
    if (character === "\n") {
      if (tokens.length > 0 && tokens[tokens.length - 1].paragraph === paragraph) paragraph += 1;
      index += 1;
      continue;
    }
    if (character.trim() === "") {
      index += 1;
      continue;
    }
    const start = index;
    let kind: TokenKind = "punct";
    // Three typewriter marks close a single quote inside a double one: the single mark comes first.
    const tripled = character === "'" && text.startsWith("'''", index);
    if (!tripled && (character === "'" || character === "`") && text[index + 1] === character) {
      kind = "quote";
      index += 2;
    } else if (QUOTE_MARKS.has(character)) {
      kind = "quote";
      index += 1;
    } else if (isWordAt(text, index)) {
      kind = "word";
      index = wordEnd(text, index);
    } else index += codePointAt(text, index) > 0xffff ? 2 : 1;
    const abbreviation = kind === "word" && text[index] === "." && takesFullStop(text.slice(start, index));
    if (abbreviation) index += 1;
    const tokenText = text.slice(start, index);
    const lower = tokenText.toLowerCase();
    tokens.push({
      start,
      end: index,
      text: tokenText,
      lower,
      bare: kind === "word" ? lower.replace(POSSESSIVE, "") : lower,
      kind,
      paragraph,
      capital: kind === "word" && UPPER.test(character),
      abbreviation,
    });
  }
  return tokens;
}

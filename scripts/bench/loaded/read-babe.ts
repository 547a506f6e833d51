import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { inSplit, type GoldSpan, type LoadedDocument, type LoadedSplit } from "./loaded-corpus.ts";

const Row = z.object({ text: z.string(), outlet: z.string(), biased_words: z.string() });
const LISTED_WORD = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g;

/** The words of a Python list literal as BABE writes it: `['bizarre', 'characteristically']`. */
export function listedWords(list: string): string[] {
  return [...list.matchAll(LISTED_WORD)].map((match) => (match[1] ?? match[2]).trim()).filter(Boolean);
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// Annotators marking a phrase word by word list its grammar words too ("the", "of"); alone they carry no bias and,
// marked wherever they occur, would flood the gold spans.
const GRAMMAR_WORDS = new Set(
  "a an the of to in on at by for from with as and or but is are was were be been it its his her their out up".split(
    " ",
  ),
);

/**
 * Where the annotators' biased words stand in the sentence: every whole-word occurrence, case-insensitively
 * (BABE lists words, not offsets; a word listed once is marked wherever it occurs). Grammar words are left out.
 */
export function biasedWordSpans(text: string, words: string[]): GoldSpan[] {
  const spans: GoldSpan[] = [];
  const listed = new Set(words.map((entry) => entry.toLowerCase()).filter((word) => !GRAMMAR_WORDS.has(word)));
  for (const word of listed) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, "giu");
    for (const match of text.matchAll(pattern)) {
      spans.push({ technique: "biased_word", start: match.index, end: match.index + match[0].length });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The BABE sentences (expert labels, SG2) of one split, in file order, each with its biased words as spans. */
export function readBabe(file: string, split: LoadedSplit): LoadedDocument[] {
  const rows = parse(readFileSync(file, "utf8"), { delimiter: ";", columns: true, bom: true, relax_quotes: true });
  return z
    .array(Row)
    .parse(rows)
    .filter((_, position) => inSplit(position, split))
    .map((row, index) => ({
      name: `${row.outlet} #${index + 1}`,
      text: row.text,
      spans: biasedWordSpans(row.text, listedWords(row.biased_words)),
      group: row.outlet,
    }));
}

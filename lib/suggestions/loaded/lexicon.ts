import lexicon from "../lexicon/loaded-terms.json" with { type: "json" };
import vader from "../lexicon/vader-loaded-terms.json" with { type: "json" };
import type { LexiconEntry } from "../types.ts";

/** A lexicon entry as words, to match against tokens. */
export interface CompiledTerm {
  entry: LexiconEntry;
  words: string[];
}

// Framewise's own list first: where both hold a word, its category and direction win.
export const SHIPPED_LEXICON = [...lexicon.terms, ...vader.terms] as LexiconEntry[];

const WORD = /[\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*/gu;

/** Entries indexed by their first word, longest first, so "terror group" is tried before "terror". */
export function compileLexicon(entries: LexiconEntry[]): Map<string, CompiledTerm[]> {
  const byFirstWord = new Map<string, CompiledTerm[]>();
  for (const entry of entries) {
    const words: string[] = entry.term.toLowerCase().match(WORD) ?? [];
    const first = words[0];
    if (first === undefined) continue;
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), { entry, words }]);
  }
  for (const terms of byFirstWord.values()) terms.sort((a, b) => b.words.length - a.words.length);
  return byFirstWord;
}

const ENDINGS = ["", "s", "es", "d", "ed"];

/** Whether a word is the lexicon's word, or it with a plural or past-tense ending. */
export function wordMatches(word: string, lexiconWord: string): boolean {
  return ENDINGS.some((ending) => word === lexiconWord + ending);
}

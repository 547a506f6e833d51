import lexicon from "../lexicon/loaded-terms.json" with { type: "json" };
import vader from "../lexicon/vader-loaded-terms.json" with { type: "json" };
import babe from "../lexicon/babe-loaded-terms.json" with { type: "json" };
import type { LexiconEntry } from "../types.ts";

/** A word list and the name a suggestion gives it, so the reviewer sees where a term comes from. */
export interface LexiconList {
  name: string;
  entries: LexiconEntry[];
}

/** A list that ships in the repository, with its file and where its words come from under which licence. */
export interface ShippedList extends LexiconList {
  file: string;
  origin: string;
}

/** A lexicon entry as words, to match against tokens, with the list it came from. */
export interface CompiledTerm {
  entry: LexiconEntry;
  words: string[];
  list: string;
}

/** The list learned from BABE's training sentences, which `scripts/bench-loaded.ts --learn` regenerates. */
export const BABE_LIST_NAME = "words BABE's annotators marked as biased";

// Framewise's own list first: where lists share a word, the first one's category and direction win.
// The origin texts summarise lib/suggestions/lexicon/README.md, which gives the selection rules in full.
export const SHIPPED_LISTS: ShippedList[] = [
  {
    name: "Framewise's list",
    entries: lexicon.terms as LexiconEntry[],
    file: "lib/suggestions/lexicon/loaded-terms.json",
    origin: "Written for Framewise by its authors; no third-party list was copied. Under the repository's terms.",
  },
  {
    name: "VADER's strongly negative words",
    entries: vader.terms as LexiconEntry[],
    file: "lib/suggestions/lexicon/vader-loaded-terms.json",
    origin:
      "Words from the VADER sentiment lexicon (Hutto & Gilbert, ICWSM 2014; npm vader-sentiment 1.1.3, Apache-2.0) " +
      "with a valence of −2 or below, kept where they matched gold loaded-language spans in training data.",
  },
  {
    name: BABE_LIST_NAME,
    entries: babe.terms as LexiconEntry[],
    file: "lib/suggestions/lexicon/babe-loaded-terms.json",
    origin:
      "Words that BABE's expert annotators (Spinde et al., EMNLP 2021; data under AGPL-3.0) marked as biased in at " +
      "least 40 % of their uses in its training sentences; only the words, no sentence or label, are included.",
  },
];

export const SHIPPED_LEXICON: LexiconEntry[] = SHIPPED_LISTS.flatMap((list) => list.entries);

const WORD = /[\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*/gu;

/** Entries indexed by their first word, longest first, so "terror group" is tried before "terror". */
export function compileLexicon(lists: LexiconList[]): Map<string, CompiledTerm[]> {
  const byFirstWord = new Map<string, CompiledTerm[]>();
  for (const { name, entries } of lists) {
    for (const entry of entries) {
      const words: string[] = entry.term.toLowerCase().match(WORD) ?? [];
      const first = words[0];
      if (first === undefined) continue;
      byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), { entry, words, list: name }]);
    }
  }
  for (const terms of byFirstWord.values()) terms.sort((a, b) => b.words.length - a.words.length);
  return byFirstWord;
}

const ENDINGS = ["", "s", "es", "d", "ed"];

/** A lexicon word and the word with each plural or past-tense ending the engine accepts. */
export function wordForms(lexiconWord: string): string[] {
  return ENDINGS.map((ending) => lexiconWord + ending);
}

/** Whether a word is the lexicon's word, or it with a plural or past-tense ending. */
export function wordMatches(word: string, lexiconWord: string): boolean {
  return ENDINGS.some((ending) => word === lexiconWord + ending);
}

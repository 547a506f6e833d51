import verbs from "../../../lib/suggestions/lexicon/reporting-verbs.json" with { type: "json" };
import { BABE_LIST_NAME, SHIPPED_LISTS, wordForms } from "../../../lib/suggestions/loaded/lexicon.ts";
import { selectWords, wordEvidence, type SelectionRule } from "./learn-word-list.ts";
import type { LoadedDocument } from "./loaded-corpus.ts";

/** The rule `lib/suggestions/lexicon/babe-loaded-terms.json` was made with (see the lexicon README). */
export const BABE_RULE: SelectionRule = { minPrecision: 0.4, minMarked: 2 };

/**
 * Words the learned list leaves to others: those the hand-made lists already hold (with their endings), and
 * reporting verbs, which the attribution rules class as neutral or evaluative where they introduce speech.
 */
function wordsHeldElsewhere(): Set<string> {
  const listed = SHIPPED_LISTS.filter((list) => list.name !== BABE_LIST_NAME)
    .flatMap((list) => list.entries)
    .filter((entry) => !entry.term.includes(" "))
    .flatMap((entry) => wordForms(entry.term.toLowerCase()));
  return new Set([...listed, ...verbs.verbs.flatMap((verb) => verb.forms)]);
}

/** The learned list as `babe-loaded-terms.json` holds it, from BABE's training sentences only. */
export function learnedLexicon(train: LoadedDocument[], rule: SelectionRule = BABE_RULE) {
  const words = selectWords(wordEvidence(train), rule, wordsHeldElsewhere());
  return {
    description:
      `Words BABE's expert annotators marked as biased (Spinde et al. 2021, data/final_labels_SG2.csv, AGPL-3.0; ` +
      `only the derived words are kept, no sentence or label): on BABE's training sentences, outside quotations, ` +
      `marked at least ${rule.minMarked} times and in at least ${rule.minPrecision * 100} % of their occurrences ` +
      `(with a plural or past ending). Regenerate: npm run bench:loaded -- --corpus <BABE> --split train --learn <file>. ` +
      `See README.md.`,
    terms: words.map((term) => ({ term, category: "loaded.loaded_term", direction: null })),
  };
}

import { SHIPPED_LEXICON } from "../suggestions/loaded/lexicon.ts";

/** Where the shipped terms come from, as the lexicon's README states it (shown beside them to admins). */
export const SHIPPED_ORIGIN = {
  file: "lib/suggestions/lexicon/loaded-terms.json",
  source: "Written for Framewise by its authors; no third-party list was copied. Under the repository's terms.",
};

/** The loaded-language terms that ship with Framewise, by category then term; admins read but cannot change them. */
export function shippedLexicon() {
  return [...SHIPPED_LEXICON].sort(
    (a, b) => a.category.localeCompare(b.category) || a.term.localeCompare(b.term, "en"),
  );
}

export type ShippedTerm = ReturnType<typeof shippedLexicon>[number];

import { SHIPPED_LISTS } from "../suggestions/loaded/lexicon.ts";

/** The word lists that ship with Framewise: name, file, origin and licence, and how many terms each adds. */
export function shippedLists() {
  return SHIPPED_LISTS.map(({ name, file, origin, entries }) => ({ name, file, origin, count: entries.length }));
}

/**
 * The loaded-language terms that ship with Framewise, by category then term, each with the list it comes from;
 * admins read but cannot change them.
 */
export function shippedLexicon() {
  return SHIPPED_LISTS.flatMap((list) => list.entries.map((entry) => ({ ...entry, list: list.name }))).sort(
    (a, b) => a.category.localeCompare(b.category) || a.term.localeCompare(b.term, "en"),
  );
}

export type ShippedTerm = ReturnType<typeof shippedLexicon>[number];
export type ShippedListSummary = ReturnType<typeof shippedLists>[number];

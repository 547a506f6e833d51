import { db } from "../db/client.ts";
import type { LexiconEntry, LoadedCategory } from "../suggestions/types.ts";

/**
 * The admins' active terms as the suggestion engine takes them. An entry carries no direction (the table has no
 * column for it), so its direction is left to the reviewer, as the shipped lexicon does for target-dependent terms.
 */
export async function activeLexicon(): Promise<LexiconEntry[]> {
  const entries = await db().lexiconEntry.findMany({
    where: { removedAt: null },
    orderBy: { createdAt: "asc" },
    select: { term: true, categoryCode: true },
  });
  return entries.map((entry) => ({
    term: entry.term,
    category: entry.categoryCode as LoadedCategory,
    direction: null,
  }));
}

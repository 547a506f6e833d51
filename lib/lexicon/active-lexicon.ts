import { db } from "../db/client.ts";
import type { LexiconEntry, LoadedCategory } from "../suggestions/types.ts";

/** The admins' active terms as the suggestion engine takes them, oldest first (the first of two spellings wins). */
export async function activeLexicon(): Promise<LexiconEntry[]> {
  const entries = await db().lexiconEntry.findMany({
    where: { removedAt: null },
    orderBy: { createdAt: "asc" },
    select: { term: true, categoryCode: true, direction: true },
  });
  return entries.map((entry) => ({
    term: entry.term,
    category: entry.categoryCode as LoadedCategory,
    direction: entry.direction as LexiconEntry["direction"],
  }));
}
